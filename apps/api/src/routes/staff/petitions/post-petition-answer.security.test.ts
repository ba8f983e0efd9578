import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  answerPetition,
  citizenWithPetition,
  helpStaff,
  petitionCounts,
} from "../../../testing/petition-fixture";

describe.each(testDatabases)("POST /api/staff/petitions/:id/answer security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lets only help agents of the petition's office answer; the refused write nothing", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    const body = { reply: "Trả lời không được phép." };
    const before = await petitionCounts(t);
    expect((await answerPetition(t, undefined, petition.id, body)).statusCode).toBe(401);
    expect((await answerPetition(t, cookie, petition.id, body)).statusCode).toBe(401);
    for (const role of ["reviewer", "data_officer"] as const) {
      expect((await answerPetition(t, (await helpStaff(t, role)).cookie, petition.id, body)).statusCode).toBe(
        403,
      );
    }
    const other = await answerPetition(t, (await helpStaff(t, "admin", "BHXH-01")).cookie, petition.id, body);
    expect(other.statusCode).toBe(404);
    expect(await petitionCounts(t)).toEqual(before);
  });
});
