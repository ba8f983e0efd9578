import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { parseStatementKey } from "../../statements/statement-keys";
import { signStatement } from "../../statements/statement-token";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { postVerify } from "./statement-test-steps";

const keys = parseStatementKey(loadConfig({}).keys.statementSigning);

describe.each(testDatabases)("POST /api/statements/verify on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("gives back what a genuine statement vouches for, with the schemes named and durations spelled out", async () => {
    const token = signStatement(
      {
        id: "7K3QX9M2AB4F",
        issuedOn: "2026-05-10",
        bhxhNumber: "7901234567",
        fullName: "Nguyễn Văn An",
        closedThrough: "2026-04",
        schemes: [
          {
            scheme: "bhxh_compulsory",
            months: 183,
            employeeTotal: 296_208_000,
            employerTotal: 647_010_000,
            unpaidMonths: 3,
          },
          { scheme: "unemployment", months: 0, employeeTotal: 0, employerTotal: 0, unpaidMonths: 2 },
        ],
      },
      keys.privateKey,
    );
    const res = await postVerify(t.app, { token });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.json()).toEqual({
      valid: true,
      statement: {
        id: "7K3QX9M2AB4F",
        issuedOn: "2026-05-10",
        bhxhNumber: "7901234567",
        fullName: "Nguyễn Văn An",
        closedThrough: "2026-04",
        schemes: [
          {
            scheme: "bhxh_compulsory",
            name: { vi: "Bảo hiểm xã hội bắt buộc", en: "Compulsory social insurance" },
            months: 183,
            duration: { years: 15, months: 3 },
            employeeTotal: 296_208_000,
            employerTotal: 647_010_000,
            unpaidMonths: 3,
          },
          {
            scheme: "unemployment",
            name: { vi: "Bảo hiểm thất nghiệp", en: "Unemployment insurance" },
            months: 0,
            duration: { years: 0, months: 0 },
            employeeTotal: 0,
            employerTotal: 0,
            unpaidMonths: 2,
          },
        ],
      },
    });
  });

  it("accepts the token with the spaces a copy and paste adds around it", async () => {
    const token = signStatement(
      {
        id: "0123456789AB",
        issuedOn: "2026-01-02",
        bhxhNumber: "0101234570",
        fullName: "Phạm Văn Dũng",
        closedThrough: null,
        schemes: [],
      },
      keys.privateKey,
    );
    expect((await postVerify(t.app, { token: ` ${token}\n` })).json()).toMatchObject({
      valid: true,
      statement: { fullName: "Phạm Văn Dũng", closedThrough: null, schemes: [] },
    });
  });
});
