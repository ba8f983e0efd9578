import { describe, expect, it } from "vitest";
import { normalizePersonName } from "./normalize-person-name";

describe("normalizePersonName", () => {
  it("capitalises each word and collapses spaces", () => {
    expect(normalizePersonName("nguyễn văn  an")).toBe("Nguyễn Văn An");
    expect(normalizePersonName("  TRẦN THỊ   ĐÀO ")).toBe("Trần Thị Đào");
  });

  it("returns NFC even from decomposed input", () => {
    expect(normalizePersonName("đặng thùy trâm".normalize("NFD"))).toBe("Đặng Thùy Trâm".normalize("NFC"));
  });

  it("capitalises after an apostrophe or hyphen (ethnic-minority names)", () => {
    expect(normalizePersonName("h'hen niê")).toBe("H'Hen Niê");
    expect(normalizePersonName("ksor h’bia")).toBe("Ksor H’Bia");
  });

  it("leaves an empty name empty", () => {
    expect(normalizePersonName("   ")).toBe("");
  });
});
