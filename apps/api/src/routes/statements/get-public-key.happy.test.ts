import { createPublicKey, verify } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { parseStatementKey } from "../../statements/statement-keys";
import { signStatement } from "../../statements/statement-token";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

describe.each(testDatabases)("GET /api/statements/public-key on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("publishes the key that checks a statement's signature without asking AnSinh", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/statements/public-key" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=3600");
    const body = res.json();
    const keys = parseStatementKey(loadConfig({}).keys.statementSigning);
    expect(body).toMatchObject({
      algorithm: "Ed25519",
      keyId: keys.keyId,
      publicKeyJwk: { kty: "OKP", crv: "Ed25519" },
    });
    const token = signStatement(
      {
        id: "7K3QX9M2AB4F",
        issuedOn: "2026-05-10",
        bhxhNumber: "7901234567",
        fullName: "Nguyễn Văn An",
        closedThrough: null,
        schemes: [],
      },
      keys.privateKey,
    );
    const [payload = "", signature = ""] = token.split(".");
    for (const key of [
      createPublicKey(body.publicKeyPem),
      createPublicKey({ key: body.publicKeyJwk, format: "jwk" }),
    ]) {
      expect(verify(null, Buffer.from(payload, "base64url"), key, Buffer.from(signature, "base64url"))).toBe(
        true,
      );
    }
  });
});
