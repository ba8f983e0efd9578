import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  answerPetition,
  citizenWithPetition,
  helpStaff,
  petitionCounts,
  takePetition,
} from "../../../testing/petition-fixture";

describe.each(testDatabases)("POST /api/staff/petitions/:id/take refusals on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses to take an answered petition (409) and leaves it answered by whoever answered", async () => {
    const { petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    await answerPetition(t, staff.cookie, petition.id, { reply: "Đã giải quyết." });
    const before = await petitionCounts(t);
    const res = await takePetition(t, (await helpStaff(t)).cookie, petition.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.vi).toContain(petition.number);
    expect(await petitionCounts(t)).toEqual(before);
  });

  it("answers 404 for a petition that does not exist and 400 for a bad id", async () => {
    const staff = await helpStaff(t);
    expect((await takePetition(t, staff.cookie, uuidv7())).statusCode).toBe(404);
    expect((await takePetition(t, staff.cookie, "nope")).statusCode).toBe(400);
  });
});
