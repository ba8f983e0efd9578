import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import { baseSalaryAt } from "../reference/base-salary";
import { householdHealthInsuranceAt } from "../reference/household-health-insurance";

/**
 * Monthly BHYT contribution of the n-th member (1-based) of a household joining together: 4.5 % of the
 * base salary for the first, then 70 / 60 / 50 % of that, and 40 % from the fifth on. Each amount is
 * rounded to the đồng (halves up) from the first member's rounded amount, as receipts show it.
 */
export function householdHealthContribution(memberOrder: number, date: IsoDate): number {
  if (!Number.isInteger(memberOrder) || memberOrder < 1) {
    throw new RangeError(`A member's order in the household starts at 1, got ${memberOrder}`);
  }
  const rule = householdHealthInsuranceAt(date);
  const first = percentOf(baseSalaryAt(date), rule.ratePercent);
  const shares = rule.memberSharePercents;
  const share = shares[Math.min(memberOrder, shares.length) - 1] ?? 100;
  return percentOf(first, share);
}
