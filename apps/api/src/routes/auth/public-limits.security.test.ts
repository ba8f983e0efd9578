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

// Behind a load balancer every request arrives from the balancer's address. Named in TRUST_PROXY, it is
// believed about the client it forwards for, so each client keeps its own allowance; anyone else's
// X-Forwarded-For is ignored, so a script cannot escape its limit by inventing addresses.
describe.each(testDatabases)("per-address limits behind a reverse proxy on $kind", (database) => {
  const PROXY = "10.1.2.3";
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database, { trustProxy: ["10.0.0.0/8"] });
  });
  afterAll(() => t.close());

  const challenge = (remoteAddress: string, forwardedFor: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/device-challenge",
      remoteAddress,
      headers: { "x-forwarded-for": forwardedFor },
    });

  it("counts each client the proxy forwards for under the client's own address", async () => {
    for (let i = 0; i < SIGN_INS_PER_MINUTE; i++) {
      expect((await challenge(PROXY, "203.0.113.8")).statusCode).toBe(200);
    }
    expect((await challenge(PROXY, "203.0.113.8")).statusCode).toBe(429);
    expect((await challenge(PROXY, "198.51.100.21")).statusCode).toBe(200);
  });

  it("ignores X-Forwarded-For from a sender that is not the proxy", async () => {
    const answers = [];
    for (let i = 0; i <= SIGN_INS_PER_MINUTE; i++) {
      answers.push((await challenge("203.0.113.50", `192.0.2.${i % 250}`)).statusCode);
    }
    expect(answers.slice(0, SIGN_INS_PER_MINUTE)).not.toContain(429);
    expect(answers.at(-1)).toBe(429);
  });
});
