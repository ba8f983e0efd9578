import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import { referenceLevelAt } from "../reference/base-salary";
import { type Region, regionalMinimumWageAt } from "../reference/regional-minimum-wage";

/**
 * Benefit amounts of Law 41/2024/QH15 and the Employment Law, in whole đồng (rounded half up, like
 * contributions). Inputs are the salary bases on which contributions were paid.
 */

/** Sickness (Art. 45): 75 % of the last month's salary base, per working day = monthly / 24. */
export function sicknessAllowance(lastSalaryBase: number, days: number): number {
  return Math.round((percentOf(lastSalaryBase, 75) * days) / 24);
}

/**
 * Maternity for a birth (Art. 58–59): 100 % of the average salary base of the last 6 months for each
 * month of leave (6 months for one child), plus a one-off grant of 2 × the reference level per child.
 */
export function maternityBenefit(averageSalaryBase: number, birthDate: IsoDate, children = 1): number {
  const leaveMonths = 6 + (children - 1);
  return averageSalaryBase * leaveMonths + 2 * referenceLevelAt(birthDate) * children;
}

/**
 * Monthly unemployment benefit (Law 74/2025 Art. 39(1)): 60 % of the average salary base of the last
 * 6 months, at most 5 × the regional minimum wage of the last workplace in force on the start day.
 */
export function unemploymentBenefitMonthly(
  averageSalaryBase: number,
  startDate: IsoDate,
  region: Region,
): number {
  return Math.min(percentOf(averageSalaryBase, 60), 5 * regionalMinimumWageAt(region, startDate));
}

/**
 * Months of unemployment benefit for the months contributed: 3 for 12–36 months, one more per further
 * 12 months, at most 12 (Law 38/2013 Art. 50, kept by the 2025 law — confidence U). 0 below 12 months.
 */
export function unemploymentBenefitMonths(contributedMonths: number): number {
  if (contributedMonths < 12) return 0;
  return Math.min(12, 3 + Math.floor(Math.max(0, contributedMonths - 36) / 12));
}

/**
 * Pension rate in percent (Art. 66(1)): women 45 % at 15 years; men 45 % at 20 years, or 40 % at 15
 * years plus 1 % per year up to 19; then +2 % per further year, at most 75 %. Odd months count as half
 * a year (1–6) or a whole year (7–11) for the rate (Art. 5(6)). Below 15 years there is no pension.
 */
export function pensionRatePercent(sex: "male" | "female", contributedMonths: number): number {
  const whole = Math.floor(contributedMonths / 12);
  const odd = contributedMonths % 12;
  const years = whole + (odd === 0 ? 0 : odd <= 6 ? 0.5 : 1);
  if (whole < 15) return 0;
  const baseYears = sex === "female" ? 15 : 20;
  if (sex === "male" && years < 20) return 40 + (years - 15);
  return Math.min(75, 45 + 2 * (years - baseYears));
}

/**
 * One-time BHXH (Art. 70(2)): 1.5 months of the average salary base per year contributed before 2014
 * and 2 months per year from 2014. Odd months of the years before 2014 are carried into the period
 * from 2014; a remaining odd part counts 1–6 months as half a year and 7–11 as a whole year.
 */
export function oneTimeBenefit(
  averageSalaryBase: number,
  monthsBefore2014: number,
  monthsFrom2014: number,
): number {
  const yearsBefore = Math.floor(monthsBefore2014 / 12);
  const after = monthsFrom2014 + (monthsBefore2014 % 12);
  const wholeAfter = Math.floor(after / 12);
  const odd = after % 12;
  const yearsAfter = wholeAfter + (odd === 0 ? 0 : odd <= 6 ? 0.5 : 1);
  return Math.round(averageSalaryBase * (1.5 * yearsBefore + 2 * yearsAfter));
}
