import { describe, expect, it } from "vitest";
import { householdHealthContribution } from "./household-health-contribution";

describe("householdHealthContribution", () => {
  it("charges the first member 4.5 % of the base salary: 105,300 a month, 1,263,600 a year in 2025", () => {
    expect(householdHealthContribution(1, "2025-03-01")).toBe(105_300);
    expect(householdHealthContribution(1, "2025-03-01") * 12).toBe(1_263_600);
  });

  it("reduces the 2nd, 3rd, 4th members to 70, 60, 50 % and every later one to 40 %", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => householdHealthContribution(n, "2025-03-01"))).toEqual([
      105_300, 73_710, 63_180, 52_650, 42_120, 42_120,
    ]);
  });

  it("follows the base salary of 01/07/2026: 113,850 for the first member", () => {
    expect(householdHealthContribution(1, "2026-06-30")).toBe(105_300);
    expect(householdHealthContribution(1, "2026-07-01")).toBe(113_850);
  });

  it("refuses a member order below 1", () => {
    expect(() => householdHealthContribution(0, "2025-03-01")).toThrow(RangeError);
  });
});
