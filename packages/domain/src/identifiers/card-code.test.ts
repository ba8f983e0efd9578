import { describe, expect, it } from "vitest";
import { formatCardCode15, makeCardCode15, parseCardCode15 } from "./card-code";

describe("parseCardCode15", () => {
  it("splits a 15-character card code", () => {
    expect(parseCardCode15("DN4790123456789")).toEqual({
      ok: true,
      value: { groupCode: "DN", printedLevel: 4, provinceCode: "79", bhxhNumber: "0123456789" },
    });
  });

  it("accepts lower case and the grouping printed on old cards", () => {
    expect(parseCardCode15(" hs 4 01 0120000001 ")).toMatchObject({
      ok: true,
      value: { groupCode: "HS", printedLevel: 4, provinceCode: "01" },
    });
  });

  it("accepts the Defence and Public Security issuers 97 and 98", () => {
    expect(parseCardCode15("QN5970000000001").ok).toBe(true);
    expect(parseCardCode15("CA5980000000001").ok).toBe(true);
  });

  it("names the wrong part, like the card-check gateway (052/053)", () => {
    expect(parseCardCode15("ZZ4790123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.group" },
    });
    expect(parseCardCode15("DN6790123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.level" },
    });
    expect(parseCardCode15("DN0790123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.level" },
    });
    expect(parseCardCode15("DN4030123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.province" },
    });
    expect(parseCardCode15("DN479012345678")).toMatchObject({
      ok: false,
      error: { code: "card_code.format" },
    });
    expect(parseCardCode15("D14790123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.format" },
    });
  });

  it("keeps the printed level even when entitlement has changed since", () => {
    // A near-poor card printed in 2025 says 3; from 01/01/2026 the group is entitled to level 2.
    expect(parseCardCode15("CN3790123456789")).toMatchObject({ ok: true, value: { printedLevel: 3 } });
  });
});

describe("formatCardCode15 / makeCardCode15", () => {
  const parts = { groupCode: "DN", printedLevel: 4, provinceCode: "79", bhxhNumber: "0123456789" } as const;

  it("writes the compact or grouped form", () => {
    expect(formatCardCode15(parts)).toBe("DN4790123456789");
    expect(formatCardCode15(parts, { grouped: true })).toBe("DN 4 79 0123456789");
  });

  it("refuses invalid parts", () => {
    expect(() => formatCardCode15({ ...parts, provinceCode: "9" })).toThrow(RangeError);
    expect(() => formatCardCode15({ ...parts, groupCode: "XX" })).toThrow(RangeError);
  });

  it("prints the level the group had on the issue date", () => {
    const card = { groupCode: "CN", provinceCode: "79", bhxhNumber: "0123456789" };
    expect(makeCardCode15({ ...card, issuedOn: "2025-12-31" })).toBe("CN3790123456789");
    expect(makeCardCode15({ ...card, issuedOn: "2026-01-01" })).toBe("CN2790123456789");
  });
});
