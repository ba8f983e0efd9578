import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_INS_PER_MINUTE } from "../../plugins/public-limits";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

// The public account endpoints count requests per address: a script hammering the sign-in from one
// address is stopped without stopping the people behind other addresses.
describe.each(testDatabases)("per-address limits of the account endpoints on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const challenge = (remoteAddress: string) =>
    t.app.inject({ method: "POST", url: "/api/auth/device-challenge", remoteAddress });

  it("answers 429 with Retry-After past the limit, and still serves another address", async () => {
    for (let i = 0; i < SIGN_INS_PER_MINUTE; i++) {
      expect((await challenge("203.0.113.7")).statusCode).toBe(200);
    }
    const refused = await challenge("203.0.113.7");
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().detail.vi).toMatch(/giây/);
    expect((await challenge("198.51.100.20")).statusCode).toBe(200);
  });

  it("limits the staff sign-in too", async () => {
    const login = () =>
      t.app.inject({
        method: "POST",
        url: "/api/staff/login",
        remoteAddress: "203.0.113.99",
        payload: { email: "khong.co@bhxh.example", password: "Sai mật khẩu 1", code: "000000" },
      });
    const answers = [];
    for (let i = 0; i <= SIGN_INS_PER_MINUTE; i++) answers.push((await login()).statusCode);
    expect(answers.slice(0, SIGN_INS_PER_MINUTE)).not.toContain(429);
    expect(answers.at(-1)).toBe(429);
  });
});
