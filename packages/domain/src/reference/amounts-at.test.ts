import { describe, expect, it } from "vitest";
import { baseSalaryAt, referenceLevelAt } from "./base-salary";
import { regionalMinimumWageAt } from "./regional-minimum-wage";
import { ruralPovertyLineAt } from "./rural-poverty-line";

describe("base salary / reference level", () => {
  it("steps on 01/07 of the decree years", () => {
    expect(baseSalaryAt("2019-07-01")).toBe(1_490_000);
    expect(baseSalaryAt("2023-06-30")).toBe(1_490_000);
    expect(baseSalaryAt("2023-07-01")).toBe(1_800_000);
    expect(baseSalaryAt("2024-07-01")).toBe(2_340_000);
    expect(baseSalaryAt("2026-06-30")).toBe(2_340_000);
    expect(baseSalaryAt("2026-07-01")).toBe(2_530_000);
  });

  it("uses the base salary as reference level", () => {
    expect(referenceLevelAt("2026-06-30")).toBe(2_340_000);
    expect(referenceLevelAt("2026-07-01")).toBe(2_530_000);
  });

  it("refuses dates before the series", () => {
    expect(() => baseSalaryAt("2009-04-30")).toThrow("No base salary is known for 2009-04-30");
  });
});

describe("regionalMinimumWageAt", () => {
  it("changes on 01/01/2026 (Decree 293/2025)", () => {
    expect(regionalMinimumWageAt(1, "2025-12-31")).toBe(4_960_000);
    expect(regionalMinimumWageAt(1, "2026-01-01")).toBe(5_310_000);
    expect(regionalMinimumWageAt(4, "2025-12-31")).toBe(3_450_000);
    expect(regionalMinimumWageAt(4, "2026-01-01")).toBe(3_700_000);
  });

  it("covers every region of every decree", () => {
    expect([1, 2, 3, 4].map((r) => regionalMinimumWageAt(r as 1 | 2 | 3 | 4, "2026-01-01"))).toEqual([
      5_310_000, 4_730_000, 4_140_000, 3_700_000,
    ]);
    expect(regionalMinimumWageAt(2, "2022-07-01")).toBe(4_160_000);
    expect(regionalMinimumWageAt(3, "2024-07-01")).toBe(3_860_000);
  });
});

describe("ruralPovertyLineAt", () => {
  it("is 1,500,000 from 2022", () => {
    expect(ruralPovertyLineAt("2021-12-31")).toBe(700_000);
    expect(ruralPovertyLineAt("2022-01-01")).toBe(1_500_000);
    expect(ruralPovertyLineAt("2026-07-01")).toBe(1_500_000);
  });
});
