import { describe, expect, it } from "vitest";
import { makeBhxhNumber, parseBhxhNumber } from "./bhxh-number";

describe("parseBhxhNumber", () => {
  it("accepts exactly 10 digits, with common spacing", () => {
    expect(parseBhxhNumber("7912345678")).toEqual({ ok: true, value: "7912345678" });
    expect(parseBhxhNumber(" 79 1234 5678 ")).toEqual({ ok: true, value: "7912345678" });
    expect(parseBhxhNumber("79.1234.5678")).toEqual({ ok: true, value: "7912345678" });
  });

  it("explains a wrong format in both languages", () => {
    expect(parseBhxhNumber("791234567")).toEqual({
      ok: false,
      error: {
        code: "bhxh_number.format",
        vi: "Mã số BHXH phải gồm đúng 10 chữ số",
        en: "The social insurance number must be exactly 10 digits",
      },
    });
    expect(parseBhxhNumber("79123456789")).toMatchObject({
      ok: false,
      error: { code: "bhxh_number.format" },
    });
    expect(parseBhxhNumber("79123456A8")).toMatchObject({ ok: false, error: { code: "bhxh_number.format" } });
    expect(parseBhxhNumber("  ")).toMatchObject({ ok: false, error: { code: "bhxh_number.required" } });
  });
});

describe("makeBhxhNumber", () => {
  it("prefixes the issuing province to an 8-digit serial", () => {
    expect(makeBhxhNumber({ provinceCode: "79", serial: 123 })).toBe("7900000123");
    expect(parseBhxhNumber(makeBhxhNumber({ provinceCode: "97", serial: 99_999_999 })).ok).toBe(true);
  });

  it("refuses unknown provinces and serials that do not fit", () => {
    expect(() => makeBhxhNumber({ provinceCode: "03", serial: 1 })).toThrow(RangeError);
    expect(() => makeBhxhNumber({ provinceCode: "79", serial: 100_000_000 })).toThrow(RangeError);
  });
});
