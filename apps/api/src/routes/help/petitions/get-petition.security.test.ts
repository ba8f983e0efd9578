import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/help/petitions/:id security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows a petition only to the citizen who sent it", async () => {
    const { petition } = await citizenWithPetition(t);
    const url = `/api/help/petitions/${petition.id}`;
    expect((await getAs(t, undefined, url)).statusCode).toBe(401);
    expect((await getAs(t, (await helpStaff(t)).cookie, url)).statusCode).toBe(401);
    const other = await getAs(t, (await createBareCitizen(t)).cookie, url);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(petition.number);
  });
});
