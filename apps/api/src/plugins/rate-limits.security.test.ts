import { randomInt } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../testing/build-test-app";
import { SIGN_INS_PER_MINUTE } from "./public-limits";

const [pglite] = testDatabases;
if (!pglite) throw new Error("no test database");

/** An address of its own per run (a /64 of the documentation range), so runs sharing a Redis do not mix. */
const freshAddress = () => `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}::7`;

const challenge = (t: TestApp, remoteAddress: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/device-challenge", remoteAddress });

const redisUrl = process.env.TEST_REDIS_URL;

// Production runs several api processes behind a load balancer: counted in each one's memory, an
// address would get the limit once per process. Two apps on one Redis stand for two processes.
describe.skipIf(!redisUrl)("per-IP limits shared by the api processes through Redis (TEST_REDIS_URL)", () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    one = await buildTestApp(pglite, { redisUrl });
    two = await buildTestApp(pglite, { redisUrl });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it("counts an address across processes: the limit holds for their sum", async () => {
    const address = freshAddress();
    const answers = [];
    for (let i = 0; i < SIGN_INS_PER_MINUTE; i++) {
      answers.push((await challenge(i % 2 === 0 ? one : two, address)).statusCode);
    }
    expect(answers).not.toContain(429);
    const refused = await challenge(one, address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await challenge(two, address)).statusCode).toBe(429);
    expect((await challenge(two, freshAddress())).statusCode).toBe(200);
  });
});

describe("per-IP limits when their Redis cannot be reached", () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every counter call fails at once.
    t = await buildTestApp(pglite, { redisUrl: "redis://127.0.0.1:1" });
  });
  afterAll(() => t.close());

  it("serves the requests uncounted rather than refusing sign-in with the counters down", async () => {
    const address = freshAddress();
    const answers = [];
    for (let i = 0; i <= SIGN_INS_PER_MINUTE; i++) answers.push((await challenge(t, address)).statusCode);
    expect(new Set(answers)).toEqual(new Set([200]));
  });
});
