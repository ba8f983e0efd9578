import { describe, expect, it } from "vitest";
import { formatRate, nameAndCode, nameOrCode, nameThenCode } from "./format";

describe("rates", () => {
  it("drops trailing zeros and uses the decimal comma in Vietnamese", () => {
    expect(formatRate("8", "vi")).toBe("8%");
    expect(formatRate("8.000", "vi")).toBe("8%");
    expect(formatRate("0.5", "vi")).toBe("0,5%");
    expect(formatRate("17.5", "en")).toBe("17.5%");
    expect(formatRate("1.500", "en")).toBe("1.5%");
  });

  it("shows an unreadable rate as it came", () => {
    expect(formatRate("n/a", "vi")).toBe("n/a");
  });
});

describe("coded names", () => {
  const facility = { code: "79003", name: "Trung tâm Y tế khu vực Tây Hồ" };
  const unknown = { code: "79999", name: "" };

  it("puts the code first for diagnoses and the name first for places", () => {
    expect(nameAndCode({ code: "J02.9", name: "Viêm họng cấp" })).toBe("J02.9 — Viêm họng cấp");
    expect(nameThenCode(facility)).toBe("Trung tâm Y tế khu vực Tây Hồ (79003)");
    expect(nameOrCode(facility)).toBe("Trung tâm Y tế khu vực Tây Hồ");
  });

  it("falls back on the code when the reference list does not name it", () => {
    expect(nameAndCode(unknown)).toBe("79999");
    expect(nameThenCode(unknown)).toBe("79999");
    expect(nameOrCode(unknown)).toBe("79999");
  });
});
