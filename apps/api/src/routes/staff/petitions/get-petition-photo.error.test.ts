import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/staff/petitions/:id/photo refusals on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers 404 for a petition without a photo (logging nothing) and for an unknown petition", async () => {
    const { citizen, petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    const none = await getAs(t, staff.cookie, `/api/staff/petitions/${petition.id}/photo`);
    expect(none.statusCode).toBe(404);
    expect(await accessLogOf(t, citizen.id)).toEqual([]);
    expect((await getAs(t, staff.cookie, `/api/staff/petitions/${uuidv7()}/photo`)).statusCode).toBe(404);
  });
});
