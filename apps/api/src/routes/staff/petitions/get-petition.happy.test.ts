import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("GET /api/staff/petitions/:id on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the petition with who sent it, and logs the read", async () => {
    const { citizen, petition } = await citizenWithPetition(t, { photo: await testJpeg() });
    const staff = await helpStaff(t);
    const res = await getAs(t, staff.cookie, `/api/staff/petitions/${petition.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().petition).toEqual({
      ...petition,
      photoUrl: `/api/staff/petitions/${petition.id}/photo`,
      person: { name: citizen.fullName, bhxhNumber: citizen.bhxhNumber },
      assignedStaff: null,
      repliedByName: null,
    });
    expect(await accessLogOf(t, citizen.id)).toEqual([
      {
        staffId: staff.id,
        officeCode: "BHXH-79",
        what: "petition",
        why: `Trả lời phản ánh, kiến nghị ${petition.number}`,
        requestId: res.headers["x-request-id"],
      },
    ]);
  });
});
