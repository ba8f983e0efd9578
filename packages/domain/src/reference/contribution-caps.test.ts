import { describe, expect, it } from "vitest";
import { contributionCapsAt, contributionFloorsAt } from "./contribution-caps";

describe("contributionCapsAt", () => {
  it("raises the BHXH/BHYT cap with the reference level on 01/07/2026", () => {
    expect(contributionCapsAt("2026-06-30", 1).socialAndHealth).toBe(46_800_000);
    expect(contributionCapsAt("2026-07-01", 1).socialAndHealth).toBe(50_600_000);
  });

  it("caps BHTN at 20 × the regional minimum wage", () => {
    expect(contributionCapsAt("2026-03-01", 1).unemployment).toBe(106_200_000);
    expect(contributionCapsAt("2025-12-31", 1).unemployment).toBe(99_200_000);
    expect(contributionCapsAt("2026-03-01", 4).unemployment).toBe(74_000_000);
  });

  it("does not make the BHXH cap depend on the region", () => {
    expect(contributionCapsAt("2026-03-01", 4).socialAndHealth).toBe(46_800_000);
  });
});

describe("contributionFloorsAt", () => {
  it("is the regional minimum wage (higher than the reference level)", () => {
    expect(contributionFloorsAt("2025-12-31", 1)).toEqual({
      socialAndHealth: 4_960_000,
      unemployment: 4_960_000,
    });
    expect(contributionFloorsAt("2026-01-01", 1)).toEqual({
      socialAndHealth: 5_310_000,
      unemployment: 5_310_000,
    });
    expect(contributionFloorsAt("2026-07-01", 4)).toEqual({
      socialAndHealth: 3_700_000,
      unemployment: 3_700_000,
    });
  });
});
