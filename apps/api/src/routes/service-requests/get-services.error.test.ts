import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/services errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses other methods with a problem, never a 500", async () => {
    const { cookie } = await createBareCitizen(t);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/services",
      headers: { cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
