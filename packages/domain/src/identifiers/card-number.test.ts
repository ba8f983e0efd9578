import { describe, expect, it } from "vitest";
import { parseCardNumber } from "./card-number";

describe("parseCardNumber", () => {
  it("reads the 10-digit number of the 2021 template", () => {
    expect(parseCardNumber("79 1234 5678")).toEqual({
      ok: true,
      value: { form: "bhxhNumber", bhxhNumber: "7912345678" },
    });
  });

  it("reads the old 15-character code", () => {
    expect(parseCardNumber("DN4790123456789")).toEqual({
      ok: true,
      value: {
        form: "code15",
        groupCode: "DN",
        printedLevel: 4,
        provinceCode: "79",
        bhxhNumber: "0123456789",
      },
    });
  });

  it("passes on the precise error of a 15-character code", () => {
    expect(parseCardNumber("DN4030123456789")).toMatchObject({
      ok: false,
      error: { code: "card_code.province" },
    });
  });

  it("rejects other lengths", () => {
    expect(parseCardNumber("123456789")).toMatchObject({ ok: false, error: { code: "card_number.format" } });
    expect(parseCardNumber("4790123456789")).toMatchObject({
      ok: false,
      error: { code: "card_number.format" },
    });
    expect(parseCardNumber("")).toMatchObject({ ok: false, error: { code: "card_number.required" } });
  });
});
