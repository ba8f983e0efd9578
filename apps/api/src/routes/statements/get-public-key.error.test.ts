import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

describe.each(testDatabases)("GET /api/statements/public-key errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("is not turned into a 401 by a stale or forged session cookie", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/statements/public-key",
      headers: { cookie: "ansinh_session=forged; ansinh_staff=forged" },
    });
    expect(res.statusCode).toBe(200);
  });

  it("cannot be written to: another method is 404 problem+json", async () => {
    for (const method of ["POST", "PUT", "DELETE"] as const) {
      const res = await t.app.inject({ method, url: "/api/statements/public-key", payload: {} });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
  });
});
