import { describe, expect, it } from "vitest";
import { makeTaxCode, parseTaxCode, taxCodeCheckDigit } from "./tax-code";

describe("taxCodeCheckDigit", () => {
  it("matches published codes of listed companies", () => {
    // Σ = 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 0·13 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6.
    expect(taxCodeCheckDigit("010010910")).toBe(6); // 0100109106
    // Σ = 375; 375 mod 11 = 1 → 9.
    expect(taxCodeCheckDigit("030058856")).toBe(9); // 0300588569
    // Σ = 207; 207 mod 11 = 9 → 1.
    expect(taxCodeCheckDigit("010124814")).toBe(1); // 0101248141
  });

  it("gives 0 when the sum leaves 10 and no digit when it leaves 0", () => {
    // Σ(100000000) = 31 → 31 mod 11 = 9 → 1; Σ(000000001) = 3 → 7.
    expect(taxCodeCheckDigit("100000000")).toBe(1);
    expect(taxCodeCheckDigit("000000001")).toBe(7);
    // Σ(010000000) = 29 → 29 mod 11 = 7 → 3.
    expect(taxCodeCheckDigit("010000000")).toBe(3);
    // Σ(000000000) = 0 → 10 → not issuable.
    expect(taxCodeCheckDigit("000000000")).toBeUndefined();
    // Σ(000010000) = 17 → 17 mod 11 = 6 → 4.
    expect(taxCodeCheckDigit("000010000")).toBe(4);
    // Σ(002100000) = 46 + 19 = 65 → 65 mod 11 = 10 → 0.
    expect(taxCodeCheckDigit("002100000")).toBe(0);
  });

  it("refuses anything but 9 digits", () => {
    expect(() => taxCodeCheckDigit("12345678")).toThrow(RangeError);
  });
});

describe("parseTaxCode", () => {
  it("accepts a 10-digit code with a correct check digit", () => {
    expect(parseTaxCode("0100109106")).toEqual({
      ok: true,
      value: { kind: "enterprise", value: "0100109106" },
    });
  });

  it("accepts branches with or without the dash", () => {
    const branch = { kind: "branch", value: "0100109106-001", parent: "0100109106", branch: "001" };
    expect(parseTaxCode("0100109106-001")).toEqual({ ok: true, value: branch });
    expect(parseTaxCode("0100109106001")).toEqual({ ok: true, value: branch });
    expect(parseTaxCode("0100109106 - 001")).toEqual({ ok: true, value: branch });
    expect(parseTaxCode("0100109106-000")).toMatchObject({ ok: false, error: { code: "tax_code.branch" } });
  });

  it("rejects a wrong check digit unless the check is switched off", () => {
    expect(parseTaxCode("0100109107")).toMatchObject({ ok: false, error: { code: "tax_code.check_digit" } });
    expect(parseTaxCode("0100109107-002")).toMatchObject({
      ok: false,
      error: { code: "tax_code.check_digit" },
    });
    expect(parseTaxCode("0100109107", { verifyCheckDigit: false })).toEqual({
      ok: true,
      value: { kind: "enterprise", value: "0100109107" },
    });
  });

  it("accepts an individual's 12-digit personal ID", () => {
    expect(parseTaxCode("079095012345")).toEqual({
      ok: true,
      value: { kind: "personal", value: "079095012345" },
    });
    expect(parseTaxCode("003095012345")).toMatchObject({ ok: false, error: { code: "tax_code.personal" } });
  });

  it("rejects other shapes", () => {
    expect(parseTaxCode("01001091")).toMatchObject({ ok: false, error: { code: "tax_code.format" } });
    expect(parseTaxCode("0100109106-01")).toMatchObject({ ok: false, error: { code: "tax_code.format" } });
    expect(parseTaxCode("")).toMatchObject({ ok: false, error: { code: "tax_code.required" } });
  });

  it("keeps the dash meaningful: 10 digits + 2 is not a personal ID", () => {
    expect(parseTaxCode("0100109106-01")).toMatchObject({ ok: false, error: { code: "tax_code.format" } });
    expect(parseTaxCode("0100109106–001")).toMatchObject({ ok: true, value: { kind: "branch" } });
  });

  it("uses a valid code in its own error message", () => {
    expect(parseTaxCode("0101234565-001").ok).toBe(true);
  });
});

describe("makeTaxCode", () => {
  it("appends the check digit, and the branch number if given", () => {
    expect(makeTaxCode("010010910")).toBe("0100109106");
    expect(makeTaxCode("010010910", 12)).toBe("0100109106-012");
    expect(parseTaxCode(makeTaxCode("791234567")).ok).toBe(true);
  });

  it("refuses prefixes without a check digit and branch 000", () => {
    expect(() => makeTaxCode("000000000")).toThrow(RangeError);
    expect(() => makeTaxCode("010010910", 0)).toThrow(RangeError);
  });
});
