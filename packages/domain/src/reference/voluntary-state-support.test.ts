import { describe, expect, it } from "vitest";
import { voluntaryStateSupportAt } from "./voluntary-state-support";

describe("voluntaryStateSupportAt", () => {
  it("pays 50/40/30/20 % of 22 % × the rural poverty line for up to 120 months", () => {
    expect(voluntaryStateSupportAt("poor", "2026-01-01")).toEqual({
      percent: 50,
      maxMonths: 120,
      monthlyAmount: 165_000,
    });
    expect(voluntaryStateSupportAt("nearPoor", "2026-01-01").monthlyAmount).toBe(132_000);
    expect(voluntaryStateSupportAt("ethnicMinority", "2026-01-01").monthlyAmount).toBe(99_000);
    expect(voluntaryStateSupportAt("other", "2026-01-01").monthlyAmount).toBe(66_000);
  });

  it("moves from Decree 134/2015 to Decree 159/2025 on 01/07/2025", () => {
    expect(voluntaryStateSupportAt("other", "2025-06-30").percent).toBe(10);
    expect(voluntaryStateSupportAt("poor", "2025-06-30").percent).toBe(30);
    expect(voluntaryStateSupportAt("other", "2025-07-01").percent).toBe(20);
    expect(() => voluntaryStateSupportAt("other", "2017-12-31")).toThrow(RangeError);
  });
});
