import { describe, expect, it } from "vitest";
import { readVerification } from "./verify-statement";

const statement = {
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
  ],
};

describe("readVerification", () => {
  it("reads a genuine statement", () => {
    expect(readVerification({ valid: true, statement })).toEqual({ kind: "valid", statement });
  });

  it("reads a refusal with its reason in both languages", () => {
    const reason = { vi: "Chữ ký không khớp", en: "The signature does not match" };
    expect(readVerification({ valid: false, reason })).toEqual({ kind: "invalid", reason });
  });

  it("never takes a malformed answer for a valid one", () => {
    for (const body of [
      null,
      "valid",
      { valid: true },
      { valid: "true", statement },
      { valid: true, statement: { ...statement, fullName: 7 } },
      { valid: true, statement: { ...statement, schemes: [{ ...statement.schemes[0], months: "183" }] } },
    ]) {
      expect(readVerification(body).kind).not.toBe("valid");
    }
  });
});
