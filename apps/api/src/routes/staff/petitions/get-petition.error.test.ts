import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getAs, helpStaff } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/staff/petitions/:id refusals on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await helpStaff(t)).cookie;
  });
  afterAll(() => t.close());

  it("answers 400 for an id that is not a UUID and 404 for one that does not exist", async () => {
    const bad = await getAs(t, cookie, "/api/staff/petitions/1");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("params.id");
    const missing = await getAs(t, cookie, `/api/staff/petitions/${uuidv7()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail.en).toBe("This petition is not among your office's petitions.");
  });
});
