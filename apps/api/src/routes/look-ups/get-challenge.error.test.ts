import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { freshAddress } from "../../testing/look-up-fixture";

describe.each(testDatabases)("GET /api/look-ups/challenge errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("limits one address to 60 challenges a minute", async () => {
    const remoteAddress = freshAddress();
    const get = () => t.app.inject({ method: "GET", url: "/api/look-ups/challenge", remoteAddress });
    for (let i = 0; i < 60; i++) expect((await get()).statusCode).toBe(200);
    const limited = await get();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.json().detail.en).toMatch(/^Too many requests\. Please try again in \d+ seconds?\.$/);
  });

  it("has no other method", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/look-ups/challenge",
      remoteAddress: freshAddress(),
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
