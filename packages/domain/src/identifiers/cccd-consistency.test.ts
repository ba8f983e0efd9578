import { describe, expect, it } from "vitest";
import { checkCccdConsistency } from "./cccd-consistency";

const codes = (cccd: string, declared: Parameters<typeof checkCccdConsistency>[1]) =>
  checkCccdConsistency(cccd, declared).map((problem) => problem.code);

describe("checkCccdConsistency", () => {
  it("finds nothing when the number agrees with the declaration", () => {
    expect(checkCccdConsistency("079095012345", { birthYear: 1995, sex: "male" })).toEqual([]);
  });

  it("detects a different sex", () => {
    const [problem] = checkCccdConsistency("079095012345", { birthYear: 1995, sex: "female" });
    expect(problem).toEqual({
      code: "cccd.sex_mismatch",
      vi: "Giới tính trong số CCCD (nam) không khớp với giới tính đã khai (nữ)",
      en: "The sex encoded in the citizen ID number (male) does not match the declared one (female)",
    });
  });

  it("tells a century slip apart from another year", () => {
    expect(codes("079295012345", { birthYear: 1995, sex: "male" })).toEqual(["cccd.century_mismatch"]);
    expect(codes("079096012345", { birthYear: 1995, sex: "male" })).toEqual(["cccd.birth_year_mismatch"]);
  });

  it("reports every disagreement at once", () => {
    // Digit 4 = 3: female born 2000–2099, so both facts disagree with a man born 1995.
    expect(codes("079395012345", { birthYear: 1995, sex: "male" })).toEqual([
      "cccd.century_mismatch",
      "cccd.sex_mismatch",
    ]);
  });

  it("returns the format error of an invalid number", () => {
    expect(codes("07909501", { birthYear: 1995, sex: "male" })).toEqual(["cccd.format"]);
  });
});
