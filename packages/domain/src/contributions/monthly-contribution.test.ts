import { describe, expect, it } from "vitest";
import { monthlyContribution } from "./monthly-contribution";

describe("monthlyContribution", () => {
  it("caps a 60,000,000 salary for BHXH/BHYT but not for BHTN (region I, 03/2026)", () => {
    const result = monthlyContribution({ salary: 60_000_000, date: "2026-03-15", region: 1 });
    expect(result.bases).toEqual({ socialAndHealth: 46_800_000, unemployment: 60_000_000 });
    expect(result.funds).toEqual({
      retirementSurvivorship: { employer: 6_552_000, employee: 3_744_000 },
      sicknessMaternity: { employer: 1_404_000, employee: 0 },
      occupationalAccident: { employer: 234_000, employee: 0 },
      healthInsurance: { employer: 1_404_000, employee: 702_000 },
      unemployment: { employer: 600_000, employee: 600_000 },
    });
    expect(result.totals).toEqual({ employer: 10_194_000, employee: 5_046_000 });
  });

  it("uses the higher cap from 01/07/2026", () => {
    const before = monthlyContribution({ salary: 60_000_000, date: "2026-06-30", region: 1 });
    const after = monthlyContribution({ salary: 60_000_000, date: "2026-07-01", region: 1 });
    expect(before.bases.socialAndHealth).toBe(46_800_000);
    expect(after.bases.socialAndHealth).toBe(50_600_000);
    expect(after.funds.retirementSurvivorship.employee).toBe(4_048_000);
  });

  it("caps BHTN at 20 × the regional minimum wage", () => {
    const result = monthlyContribution({ salary: 120_000_000, date: "2026-03-15", region: 1 });
    expect(result.bases.unemployment).toBe(106_200_000);
    expect(result.funds.unemployment).toEqual({ employer: 1_062_000, employee: 1_062_000 });
  });

  it("raises a salary below the floor to the regional minimum wage", () => {
    const result = monthlyContribution({ salary: 4_000_000, date: "2026-01-15", region: 1 });
    expect(result.bases).toEqual({ socialAndHealth: 5_310_000, unemployment: 5_310_000 });
    // 5,310,000 × (8 + 1.5 + 1) % = 557,550; employer 21.5 % = 1,141,650.
    expect(result.totals).toEqual({ employer: 1_141_650, employee: 557_550 });
  });

  it("follows the minimum wage change between 31/12/2025 and 01/01/2026", () => {
    expect(monthlyContribution({ salary: 0, date: "2025-12-31", region: 4 }).bases.socialAndHealth).toBe(
      3_450_000,
    );
    expect(monthlyContribution({ salary: 0, date: "2026-01-01", region: 4 }).bases.socialAndHealth).toBe(
      3_700_000,
    );
  });

  it("rounds each line to the nearest đồng, halves up, and totals the rounded lines", () => {
    // 10,000,050 × 1.5 % = 150,000.75 → 150,001; × 0.5 % = 50,000.25 → 50,000.
    const result = monthlyContribution({ salary: 10_000_050, date: "2026-03-15", region: 2 });
    expect(result.funds.healthInsurance.employee).toBe(150_001);
    expect(result.funds.occupationalAccident.employer).toBe(50_000);
    const sum = Object.values(result.funds).reduce((total, f) => total + f.employee, 0);
    expect(result.totals.employee).toBe(sum);
  });

  it("refuses fractional or negative salaries and unknown dates", () => {
    expect(() => monthlyContribution({ salary: 10_000_000.5, date: "2026-03-15", region: 1 })).toThrow(
      RangeError,
    );
    expect(() => monthlyContribution({ salary: -1, date: "2026-03-15", region: 1 })).toThrow(RangeError);
    expect(() => monthlyContribution({ salary: 10_000_000, date: "2009-12-31", region: 1 })).toThrow(/No /);
  });
});
