import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { parseStatementKey } from "../../statements/statement-keys";
import { invalidReasons, signStatement } from "../../statements/statement-token";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { postVerify } from "./statement-test-steps";

const keys = parseStatementKey(loadConfig({}).keys.statementSigning);
const token = signStatement(
  {
    id: "7K3QX9M2AB4F",
    issuedOn: "2026-05-10",
    bhxhNumber: "7901234567",
    fullName: "Nguyễn Văn An",
    closedThrough: "2026-04",
    schemes: [],
  },
  keys.privateKey,
);
const [payload = "", signature = ""] = token.split(".");

describe.each(testDatabases)("POST /api/statements/verify errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers a changed payload, a changed signature and garbage with 200, not valid, and why", async () => {
    const changed = `${payload.slice(0, 10)}${payload[10] === "A" ? "B" : "A"}${payload.slice(11)}`;
    const cases: [string, { vi: string; en: string }][] = [
      [`${changed}.${signature}`, invalidReasons.signature],
      [`${payload}.${signature[5] === "A" ? "B" : "A"}${signature.slice(1)}`, invalidReasons.signature],
      ["not a token", invalidReasons.malformed],
      ["", invalidReasons.malformed],
      [`${payload}.${signature}.extra`, invalidReasons.malformed],
      ["A".repeat(10_000), invalidReasons.malformed],
    ];
    for (const [tampered, reason] of cases) {
      const res = await postVerify(t.app, { token: tampered });
      expect(res.statusCode, tampered.slice(0, 40)).toBe(200);
      expect(res.json()).toEqual({ valid: false, reason });
    }
  });

  it("explains a missing or mistyped token as a field error", async () => {
    const missing = {
      field: "body.token",
      code: "invalid_type",
      vi: "Gửi mã xác minh (phần sau dấu # của địa chỉ trong mã QR)",
      en: "Send the verification code (what follows # in the QR code's address)",
    };
    expectFieldErrors(await postVerify(t.app, {}), [missing]);
    expectFieldErrors(await postVerify(t.app, { token: 42 }), [missing]);
    expectFieldErrors(await postVerify(t.app, { token: "A".repeat(20_001) }), [
      {
        field: "body.token",
        code: "too_big",
        vi: "Mã xác minh quá dài",
        en: "The verification code is too long",
      },
    ]);
  });

  it("answers a body that is not JSON with 400 problem+json, never 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/statements/verify",
      headers: { "content-type": "application/json" },
      payload: "{token:",
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
