import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("GET /api/staff/petitions/:id/photo security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("sends the photo only to help agents of the petition's office, and logs none of the refused reads", async () => {
    const { citizen, cookie, petition } = await citizenWithPetition(t, { photo: await testJpeg() });
    const url = `/api/staff/petitions/${petition.id}/photo`;
    expect((await getAs(t, undefined, url)).statusCode).toBe(401);
    expect((await getAs(t, cookie, url)).statusCode).toBe(401);
    for (const role of ["reviewer", "data_officer"] as const) {
      expect((await getAs(t, (await helpStaff(t, role)).cookie, url)).statusCode).toBe(403);
    }
    const other = await getAs(t, (await helpStaff(t, "support", "BHXH-01")).cookie, url);
    expect(other.statusCode).toBe(404);
    expect(other.headers["content-type"]).toContain("application/problem+json");
    expect(await accessLogOf(t, citizen.id)).toEqual([]);
  });
});
