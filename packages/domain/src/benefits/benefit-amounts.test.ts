import { describe, expect, it } from "vitest";
import {
  maternityBenefit,
  oneTimeBenefit,
  pensionRatePercent,
  sicknessAllowance,
  unemploymentBenefitMonthly,
  unemploymentBenefitMonths,
} from "./benefit-amounts";

describe("sicknessAllowance", () => {
  it("pays 75 % of the monthly base per 24 working days", () => {
    // 12,000,000 × 75 % / 24 = 375,000 a day; 5 days = 1,875,000.
    expect(sicknessAllowance(12_000_000, 5)).toBe(1_875_000);
  });
});

describe("maternityBenefit", () => {
  it("adds the 2 × reference-level birth grant of the birth date", () => {
    // 6 × 10,000,000 + 2 × 2,340,000 (before 01/07/2026).
    expect(maternityBenefit(10_000_000, "2026-06-30")).toBe(64_680_000);
    // From 01/07/2026 the reference level is 2,530,000.
    expect(maternityBenefit(10_000_000, "2026-07-01")).toBe(65_060_000);
  });

  it("adds a month of leave and a grant per extra child", () => {
    expect(maternityBenefit(10_000_000, "2026-07-01", 2)).toBe(70_000_000 + 4 * 2_530_000);
  });
});

describe("unemployment benefit", () => {
  it("pays 60 % of the average base", () => {
    expect(unemploymentBenefitMonthly(15_000_000, "2026-03-01", 1)).toBe(9_000_000);
  });

  it("is capped at 5 × the regional minimum wage of the start day", () => {
    // Region I: 4,960,000 in 2025 → cap 24,800,000; 5,310,000 from 2026 → 26,550,000.
    expect(unemploymentBenefitMonthly(60_000_000, "2025-12-31", 1)).toBe(24_800_000);
    expect(unemploymentBenefitMonthly(60_000_000, "2026-01-01", 1)).toBe(26_550_000);
  });

  it("lasts 3 months for 12–36 months of contributions, one more per 12, at most 12", () => {
    expect(unemploymentBenefitMonths(11)).toBe(0);
    expect(unemploymentBenefitMonths(12)).toBe(3);
    expect(unemploymentBenefitMonths(36)).toBe(3);
    expect(unemploymentBenefitMonths(48)).toBe(4);
    expect(unemploymentBenefitMonths(200)).toBe(12);
  });
});

describe("pensionRatePercent", () => {
  it("gives women 45 % at 15 years and 75 % from 30 years", () => {
    expect(pensionRatePercent("female", 15 * 12)).toBe(45);
    expect(pensionRatePercent("female", 30 * 12)).toBe(75);
    expect(pensionRatePercent("female", 40 * 12)).toBe(75);
  });

  it("gives men 40 % at 15 years plus 1 % a year until 20, then 45 % + 2 % a year", () => {
    expect(pensionRatePercent("male", 15 * 12)).toBe(40);
    expect(pensionRatePercent("male", 19 * 12)).toBe(44);
    expect(pensionRatePercent("male", 20 * 12)).toBe(45);
    expect(pensionRatePercent("male", 35 * 12)).toBe(75);
  });

  it("counts 1–6 odd months as half a year and 7–11 as a year", () => {
    expect(pensionRatePercent("female", 20 * 12 + 3)).toBe(56);
    expect(pensionRatePercent("female", 20 * 12 + 7)).toBe(57);
  });

  it("gives no pension below 15 years", () => {
    expect(pensionRatePercent("female", 14 * 12 + 11)).toBe(0);
  });
});

describe("oneTimeBenefit", () => {
  it("pays 1.5 months per year before 2014 and 2 months per year from 2014", () => {
    // 4 years before 2014 and 6 years after, average 8,000,000: (6 + 12) × 8,000,000.
    expect(oneTimeBenefit(8_000_000, 48, 72)).toBe(144_000_000);
  });

  it("carries odd months before 2014 into the later period", () => {
    // 4 years 5 months before; 5 years 4 months after → 4 × 1.5 + (5 years 9 months → 6 years) × 2 = 18.
    expect(oneTimeBenefit(8_000_000, 53, 64)).toBe(144_000_000);
  });

  it("counts a remaining 1–6 months as half a year", () => {
    expect(oneTimeBenefit(10_000_000, 0, 27)).toBe(50_000_000);
  });
});
