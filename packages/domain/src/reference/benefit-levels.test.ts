import { describe, expect, it } from "vitest";
import { benefitLevels, fundSharePercent, isBenefitLevel } from "./benefit-levels";

describe("fundSharePercent", () => {
  it("maps levels 1–5 to 100/100/95/80/100", () => {
    expect(([1, 2, 3, 4, 5] as const).map((level) => fundSharePercent(level))).toEqual([
      100, 100, 95, 80, 100,
    ]);
    expect(fundSharePercent(3, "2026-01-01")).toBe(95);
  });

  it("describes each level", () => {
    expect(benefitLevels).toHaveLength(5);
    expect(benefitLevels.find((l) => l.level === 5)?.nameVi).toContain("ngoài phạm vi");
  });

  it("recognises valid level digits", () => {
    expect([0, 1, 5, 6].map(isBenefitLevel)).toEqual([false, true, true, false]);
  });
});
