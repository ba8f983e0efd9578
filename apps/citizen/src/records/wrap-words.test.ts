import { describe, expect, it } from "vitest";
import { wrapWords } from "./wrap-words";

describe("wrapWords", () => {
  it("keeps a short text on one line", () => {
    expect(wrapWords("Họ và tên: NGUYỄN VĂN AN", 40, 2)).toEqual(["Họ và tên: NGUYỄN VĂN AN"]);
  });

  it("breaks at spaces, never inside a word that fits", () => {
    expect(wrapWords("Số 27 đường Võ Thị Sáu, Phường Xuân Hòa", 20, 3)).toEqual([
      "Số 27 đường Võ Thị",
      "Sáu, Phường Xuân Hòa",
    ]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapWords("abcdefghij", 4, 5)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("ends the last line allowed with an ellipsis when the text does not fit", () => {
    const lines = wrapWords("một hai ba bốn năm sáu bảy tám chín mười", 8, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(lines.every((line) => line.length <= 8)).toBe(true);
  });

  it("gives no line for no text", () => {
    expect(wrapWords("   ", 10, 2)).toEqual([]);
  });
});
