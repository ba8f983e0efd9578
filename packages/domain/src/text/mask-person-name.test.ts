import { describe, expect, it } from "vitest";
import { maskPersonName } from "./mask-person-name";

describe("maskPersonName", () => {
  it("keeps the family name and the first letter of each other word", () => {
    expect(maskPersonName("Nguyễn Văn An")).toBe("Nguyễn V** A*");
    expect(maskPersonName("Tôn Nữ Thị Ánh Tuyết")).toBe("Tôn N* T** Á** T****");
  });

  it("counts letters, not UTF-16 units or NFD marks", () => {
    expect(maskPersonName("  lê   đức  thọ ".normalize("NFD"))).toBe("Lê Đ** T**");
  });

  it("masks a single-word name as a given name", () => {
    expect(maskPersonName("An")).toBe("A*");
    expect(maskPersonName("")).toBe("");
  });
});
