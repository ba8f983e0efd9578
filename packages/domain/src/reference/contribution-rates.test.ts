import { describe, expect, it } from "vitest";
import { contributionRatesAt, voluntaryRateAt } from "./contribution-rates";

describe("contributionRatesAt", () => {
  it("gives employer/employee percent per fund (32 % in total)", () => {
    const rates = contributionRatesAt("2026-01-01");
    expect(rates).toEqual({
      retirementSurvivorship: { employer: 14, employee: 8 },
      sicknessMaternity: { employer: 3, employee: 0 },
      occupationalAccident: { employer: 0.5, employee: 0 },
      healthInsurance: { employer: 3, employee: 1.5 },
      unemployment: { employer: 1, employee: 1 },
    });
    const total = Object.values(rates).reduce((sum, r) => sum + r.employer + r.employee, 0);
    expect(total).toBe(32);
  });

  it("covers the days around each legal change", () => {
    for (const day of ["2025-06-30", "2025-07-01", "2025-08-14", "2025-08-15", "2025-12-31", "2026-01-01"]) {
      expect(contributionRatesAt(day).healthInsurance).toEqual({ employer: 3, employee: 1.5 });
    }
  });

  it("is 22 % for voluntary participants", () => {
    expect(voluntaryRateAt("2025-06-30")).toBe(22);
    expect(voluntaryRateAt("2025-07-01")).toBe(22);
  });
});
