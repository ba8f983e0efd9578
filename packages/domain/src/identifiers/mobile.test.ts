import { describe, expect, it } from "vitest";
import { formatMobile, makeMobile, maskMobile, parseMobile } from "./mobile";

describe("parseMobile", () => {
  it("normalises every common way of writing a number to 0xxxxxxxxx", () => {
    for (const text of [
      "0912345678",
      "0912 345 678",
      "0912.345.678",
      "84912345678",
      "+84912345678",
      "+84 912 345 678",
      "(+84) 912-345-678",
      "0084912345678",
      "+84 0912 345 678",
    ]) {
      expect(parseMobile(text)).toEqual({ ok: true, value: "0912345678" });
    }
  });

  it("accepts every 03/05/07/08/09 range without knowing carriers", () => {
    for (const number of ["0321234567", "0521234567", "0701234567", "0871234567", "0991234567"]) {
      expect(parseMobile(number).ok).toBe(true);
    }
  });

  it("rejects other ranges, lengths and landlines", () => {
    expect(parseMobile("0112345678")).toMatchObject({ ok: false, error: { code: "mobile.format" } });
    expect(parseMobile("091234567")).toMatchObject({ ok: false, error: { code: "mobile.format" } });
    expect(parseMobile("09123456789")).toMatchObject({ ok: false, error: { code: "mobile.format" } });
    expect(parseMobile("024 3826 1234")).toMatchObject({ ok: false, error: { code: "mobile.landline" } });
    expect(parseMobile("")).toMatchObject({ ok: false, error: { code: "mobile.required" } });
  });
});

describe("formatMobile / maskMobile / makeMobile", () => {
  it("formats 4-3-3 and masks the middle", () => {
    expect(formatMobile("+84912345678")).toBe("0912 345 678");
    expect(maskMobile("0912345678")).toBe("091****678");
  });

  it("builds valid numbers for synthetic data", () => {
    expect(makeMobile(9, 12_345_678)).toBe("0912345678");
    expect(makeMobile(3, 1)).toBe("0300000001");
    expect(() => makeMobile(9, 123_456_789)).toThrow(RangeError);
  });

  it("throws when asked to format something that is not a mobile number", () => {
    expect(() => formatMobile("12345")).toThrow(RangeError);
  });
});
