import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/staff/petitions security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists to help agents of the office only: 401 anonymous or citizen, 403 other roles, none of another office's", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    const url = "/api/staff/petitions";
    expect((await getAs(t, undefined, url)).statusCode).toBe(401);
    expect((await getAs(t, cookie, url)).statusCode).toBe(401);
    for (const role of ["reviewer", "data_officer"] as const) {
      expect((await getAs(t, (await helpStaff(t, role)).cookie, url)).statusCode).toBe(403);
    }
    const other = await getAs(t, (await helpStaff(t, "admin", "BHXH-01")).cookie, url);
    expect(other.json()).toMatchObject({ items: [], total: 0 });
    expect(other.body).not.toContain(petition.number);
  });
});
