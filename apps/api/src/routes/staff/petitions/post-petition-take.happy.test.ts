import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import {
  answerPetition,
  citizenWithPetition,
  getAs,
  helpStaff,
  takePetition,
} from "../../../testing/petition-fixture";

describe.each(testDatabases)("POST /api/staff/petitions/:id/take on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("moves a received petition to processing, held by the caller; a colleague may take it over", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    const first = await helpStaff(t);
    const res = await takePetition(t, first.cookie, petition.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().petition).toMatchObject({
      status: "processing",
      assignedStaff: { id: first.id, name: "Phạm Thị Hỗ Trợ" },
      reply: null,
    });
    const colleague = await helpStaff(t, "admin");
    const over = await takePetition(t, colleague.cookie, petition.id);
    expect(over.json().petition.assignedStaff.id).toBe(colleague.id);
    const seen = (await getAs(t, cookie, `/api/help/petitions/${petition.id}`)).json().petition;
    expect(seen.status).toBe("processing");
  });

  it("logs opening the petition, not taking or answering it (one row per look in the citizen's log)", async () => {
    const { citizen, petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    expect((await getAs(t, staff.cookie, `/api/staff/petitions/${petition.id}`)).statusCode).toBe(200);
    expect(await accessLogOf(t, citizen.id)).toHaveLength(1);
    const taken = await takePetition(t, staff.cookie, petition.id);
    expect(taken.json().petition.person.name).toBe("Trần Thị Thu Hằng");
    const answered = await answerPetition(t, staff.cookie, petition.id, { reply: "Đã chi trả ngày 5/3." });
    expect(answered.json().petition.status).toBe("answered");
    expect(await accessLogOf(t, citizen.id)).toEqual([expect.objectContaining({ what: "petition" })]);
  });
});
