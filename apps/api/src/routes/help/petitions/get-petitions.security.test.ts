import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/help/petitions security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("needs a citizen session (401 anonymous and staff), and lists none of another citizen's petitions", async () => {
    const { petition } = await citizenWithPetition(t);
    expect((await getAs(t, undefined, "/api/help/petitions")).statusCode).toBe(401);
    expect((await getAs(t, (await helpStaff(t)).cookie, "/api/help/petitions")).statusCode).toBe(401);
    const other = await getAs(t, (await createBareCitizen(t)).cookie, "/api/help/petitions");
    expect(other.json()).toEqual({ items: [] });
    expect(other.body).not.toContain(petition.number);
  });
});
