import { generateKeyPairSync, sign } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import type { StatementContent } from "../../statements/statement-content";
import { parseStatementKey } from "../../statements/statement-keys";
import { encodeStatement, invalidReasons, signStatement } from "../../statements/statement-token";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { postVerify } from "./statement-test-steps";

const keys = parseStatementKey(loadConfig({}).keys.statementSigning);
const genuine: StatementContent = {
  id: "7K3QX9M2AB4F",
  issuedOn: "2026-05-10",
  bhxhNumber: "7901234567",
  fullName: "Nguyễn Văn An",
  closedThrough: "2026-04",
  schemes: [
    {
      scheme: "bhxh_compulsory",
      months: 120,
      employeeTotal: 50_000_000,
      employerTotal: 110_000_000,
      unpaidMonths: 0,
    },
  ],
};

describe.each(testDatabases)("POST /api/statements/verify security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("is open to anyone: no session is needed to check a paper", async () => {
    const res = await postVerify(t.app, { token: signStatement(genuine, keys.privateKey) });
    expect(res.statusCode).toBe(200);
    expect(res.json().valid).toBe(true);
  });

  it("refuses a statement whose figures were raised and re-encoded, keeping the genuine signature", async () => {
    const [, signature] = signStatement(genuine, keys.privateKey).split(".");
    const raised = encodeStatement({
      ...genuine,
      schemes: [{ ...genuine.schemes[0], months: 360 } as StatementContent["schemes"][0]],
    });
    const res = await postVerify(t.app, { token: `${raised.toString("base64url")}.${signature}` });
    expect(res.json()).toEqual({ valid: false, reason: invalidReasons.signature });
  });

  it("refuses a statement signed with any other key, even in the right format", async () => {
    const forger = generateKeyPairSync("ed25519");
    const payload = encodeStatement({ ...genuine, fullName: "Kẻ Giả Mạo" });
    const token = `${payload.toString("base64url")}.${sign(null, payload, forger.privateKey).toString("base64url")}`;
    expect((await postVerify(t.app, { token })).json()).toEqual({
      valid: false,
      reason: invalidReasons.signature,
    });
  });

  it("says no more than the token holds", async () => {
    const res = await postVerify(t.app, { token: signStatement(genuine, keys.privateKey) });
    expect(Object.keys(res.json().statement).sort()).toEqual([
      "bhxhNumber",
      "closedThrough",
      "fullName",
      "id",
      "issuedOn",
      "schemes",
    ]);
  });
});
