import type { IsoDate } from "../calendar/iso-date";
import { addMonths, type YearMonth, ymOf } from "../calendar/year-month";

/**
 * The months a payment covers: `count` calendar months starting with the month of `from`. Both
 * quotes price month by month, because the base salary and the caps can change inside a period.
 */
export function monthsCovered(from: IsoDate, count: number): YearMonth[] {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`A payment covers at least one whole month, got ${count}`);
  }
  const first = ymOf(from);
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

/** Totals are sums of the rounded monthly amounts, as receipts show them. */
export function sumOf(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
