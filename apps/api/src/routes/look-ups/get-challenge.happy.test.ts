import { testDatabases } from "@ansinh/db";
import { extractParams } from "altcha-lib/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";

describe.each(testDatabases)("GET /api/look-ups/challenge on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("hands out an ALTCHA challenge of the configured difficulty that expires in 5 minutes", async () => {
    const res = await getList(t, "challenge");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const challenge = res.json();
    expect(challenge).toEqual({
      algorithm: "SHA-256",
      challenge: expect.stringMatching(/^[0-9a-f]{64}$/),
      maxnumber: 1_000,
      salt: expect.stringMatching(/^[0-9a-f]{24}\?expires=\d+&$/),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const expires = Number(extractParams(challenge).expires) * 1000;
    expect(expires - Date.now()).toBeGreaterThan(4.9 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(5 * 60_000);
  });
});
