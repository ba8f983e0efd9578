import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold-vietnamese";
import { toNfc } from "./to-nfc";

describe("foldVietnamese", () => {
  it("drops tones and letter marks and maps đ to d", () => {
    expect(foldVietnamese("Nguyễn Thị Đào")).toBe("nguyen thi dao");
    expect(foldVietnamese("Ưng Hoàng Phúc ĂÂÊÔƠƯ")).toBe("ung hoang phuc aaeoou");
  });

  it("gives the same key for NFC and NFD input", () => {
    const nfd = "Trần Quốc Tuấn".normalize("NFD");
    expect(foldVietnamese(nfd)).toBe("tran quoc tuan");
    expect(foldVietnamese(nfd)).toBe(foldVietnamese("Trần Quốc Tuấn"));
  });

  it("collapses and trims whitespace of any kind", () => {
    expect(foldVietnamese("  Lê\u00a0 Văn\t\nTám ")).toBe("le van tam");
  });
});

describe("toNfc", () => {
  it("recomposes decomposed Vietnamese", () => {
    const nfd = "Đặng Thùy Trâm".normalize("NFD");
    expect(nfd).not.toBe("Đặng Thùy Trâm");
    expect(toNfc(nfd)).toBe("Đặng Thùy Trâm");
  });
});
