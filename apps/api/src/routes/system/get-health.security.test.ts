import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

// Health is public by design; what it must not do is reveal more than the database kind and version.
describe.each(testDatabases)("GET /api/health exposure on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("tells nothing about connection strings, hosts or keys", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.body).not.toMatch(/postgres:\/\/|127\.0\.0\.1|password|key/i);
  });

  it("accepts only GET", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/health" });
    expect(res.statusCode).toBe(404);
  });

  it("sends the security headers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });
});
