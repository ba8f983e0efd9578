import { describe, expect, it } from "vitest";
import { voluntaryContribution, voluntaryIncomeBounds } from "./voluntary-contribution";

describe("voluntaryContribution", () => {
  it("at the floor (rural poverty line 1,500,000): 330,000 less the support", () => {
    expect(voluntaryContribution(1_500_000, "2026-03-01", "other")).toEqual({
      total: 330_000,
      stateSupport: 66_000,
      participantPays: 264_000,
    });
    expect(voluntaryContribution(1_500_000, "2026-03-01", "poor").participantPays).toBe(165_000);
    expect(voluntaryContribution(1_500_000, "2026-03-01", "nearPoor").participantPays).toBe(198_000);
    expect(voluntaryContribution(1_500_000, "2026-03-01", "ethnicMinority").participantPays).toBe(231_000);
  });

  it("at the cap: 22 % of 46,800,000 before 01/07/2026 and of 50,600,000 from then", () => {
    expect(voluntaryIncomeBounds("2026-06-30").max).toBe(46_800_000);
    expect(voluntaryContribution(46_800_000, "2026-06-30", "other").participantPays).toBe(
      10_296_000 - 66_000,
    );
    expect(voluntaryContribution(50_600_000, "2026-07-01", "other").participantPays).toBe(
      11_132_000 - 66_000,
    );
  });

  it("refuses an income outside the bounds", () => {
    expect(() => voluntaryContribution(1_499_999, "2026-03-01", "other")).toThrow(RangeError);
    expect(() => voluntaryContribution(46_800_001, "2026-06-30", "other")).toThrow(RangeError);
  });
});
