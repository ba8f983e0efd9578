import { describe, expect, it } from "vitest";
import { compareVietnamese } from "./compare-vietnamese";

const sorted = (words: string[]) => [...words].sort(compareVietnamese);

describe("compareVietnamese", () => {
  it("follows the Vietnamese alphabet", () => {
    expect(sorted(["ư", "u", "ơ", "ô", "o", "đ", "d", "ê", "e", "â", "ă", "a", "b"])).toEqual([
      "a",
      "ă",
      "â",
      "b",
      "d",
      "đ",
      "e",
      "ê",
      "o",
      "ô",
      "ơ",
      "u",
      "ư",
    ]);
  });

  it("sorts letters before tones: an < ăn < âm, and Đ after every D", () => {
    expect(sorted(["Đào", "Dương", "Ân", "Anh", "Ăn", "Dũng"])).toEqual([
      "Anh",
      "Ăn",
      "Ân",
      "Dũng",
      "Dương",
      "Đào",
    ]);
  });

  it("orders tones ngang < huyền < hỏi < ngã < sắc < nặng", () => {
    expect(sorted(["mạ", "má", "mã", "mả", "mà", "ma"])).toEqual(["ma", "mà", "mả", "mã", "má", "mạ"]);
  });

  it("compares syllable by syllable, so the tone of the first word wins over later letters", () => {
    expect(sorted(["bà ba", "ba bá", "bác", "ba"])).toEqual(["ba", "ba bá", "bà ba", "bác"]);
    expect(sorted(["An Bình", "Anh", "An"])).toEqual(["An", "An Bình", "Anh"]);
  });

  it("ignores case, NFC/NFD and tone placement until the final tie-break", () => {
    expect(compareVietnamese("Nguyễn", "nguyễn".normalize("NFD"))).not.toBe(0);
    expect(compareVietnamese("Hòa", "hoà") !== 0).toBe(true);
    expect(sorted(["hoàn", "Hòa", "hoà", "hoa"])).toEqual(["hoa", "Hòa", "hoà", "hoàn"]);
    expect(compareVietnamese("Nguyễn", "Nguyễn".normalize("NFD"))).toBe(0);
  });

  it("sorts a list of full names the way a Vietnamese reader expects", () => {
    expect(sorted(["Đỗ Minh", "Âu Cơ", "Bùi Xuân", "Ân Đức", "Ông Ích", "Ô Lâm", "Ưng Bình", "Út"])).toEqual([
      "Ân Đức",
      "Âu Cơ",
      "Bùi Xuân",
      "Đỗ Minh",
      "Ô Lâm",
      "Ông Ích",
      "Út",
      "Ưng Bình",
    ]);
  });

  it("puts digits before letters and is usable as a total order", () => {
    expect(sorted(["b", "2", "a", "10"])).toEqual(["10", "2", "a", "b"]);
    expect(compareVietnamese("x", "x")).toBe(0);
  });
});
