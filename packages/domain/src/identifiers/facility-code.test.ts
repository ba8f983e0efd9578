import { describe, expect, it } from "vitest";
import { formatFacilityCode, makeFacilityCode, parseFacilityCode } from "./facility-code";

describe("parseFacilityCode", () => {
  it("reads the compact form and the card/QR form", () => {
    const expected = { ok: true, value: { value: "01028", provinceCode: "01", facilityNumber: "028" } };
    expect(parseFacilityCode("01028")).toEqual(expected);
    expect(parseFacilityCode("01 - 028")).toEqual(expected);
    expect(parseFacilityCode(" 01-028 ")).toEqual(expected);
  });

  it("allows letters in the facility part", () => {
    expect(parseFacilityCode("01 - c54")).toMatchObject({
      ok: true,
      value: { value: "01C54", facilityNumber: "C54" },
    });
  });

  it("rejects unknown provinces and other lengths", () => {
    expect(parseFacilityCode("03028")).toMatchObject({
      ok: false,
      error: { code: "facility_code.province" },
    });
    expect(parseFacilityCode("0102")).toMatchObject({ ok: false, error: { code: "facility_code.format" } });
    expect(parseFacilityCode("A1028")).toMatchObject({ ok: false, error: { code: "facility_code.format" } });
    expect(parseFacilityCode("")).toMatchObject({ ok: false, error: { code: "facility_code.required" } });
  });
});

describe("formatFacilityCode / makeFacilityCode", () => {
  it("prints the card form", () => {
    expect(formatFacilityCode("79024")).toBe("79 - 024");
    expect(() => formatFacilityCode("7902")).toThrow(RangeError);
  });

  it("builds compact codes, including the newborn placeholder XX000", () => {
    expect(makeFacilityCode("48", 195)).toBe("48195");
    expect(makeFacilityCode("79", 0)).toBe("79000");
    expect(() => makeFacilityCode("03", 1)).toThrow(RangeError);
  });
});
