import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

describe.each(testDatabases)("GET /api/statements/public-key security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("is public, and holds nothing of the private key", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/statements/public-key" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual([
      "algorithm",
      "keyId",
      "publicKeyJwk",
      "publicKeyPem",
      "tokenFormat",
    ]);
    expect(Object.keys(body.publicKeyJwk).sort()).toEqual(["crv", "kty", "x"]);
    expect(res.body).not.toMatch(/PRIVATE/);
    const privateDer = loadConfig({}).keys.statementSigning;
    // The last 32 bytes of the PKCS#8 DER are the private seed.
    const seed = Buffer.from(privateDer, "base64").subarray(-32);
    expect(res.body).not.toContain(seed.toString("base64url"));
    expect(res.body).not.toContain(seed.toString("base64"));
  });
});
