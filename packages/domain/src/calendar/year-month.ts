import { daysInMonth, type IsoDate, isoDateParts } from "./iso-date";
import { pad } from "./pad";

/**
 * A calendar month as "yyyy-MM". Contributions, participation periods and benefits are counted in
 * whole months, so months get their own type instead of "first day of the month" dates.
 */
export type YearMonth = string;

interface MonthParts {
  year: number;
  month: number;
}

export function isYearMonth(s: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(s);
  return match !== null && Number(match[1]) >= 1 && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function yearMonthOf({ year, month }: MonthParts): YearMonth {
  const ym = `${pad(year, 4)}-${pad(month, 2)}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !isYearMonth(ym)) {
    throw new RangeError(`Not a calendar month: ${year}-${month}`);
  }
  return ym;
}

/** Splits "yyyy-MM"; throws on anything else. */
export function yearMonthParts(ym: YearMonth): MonthParts {
  if (!isYearMonth(ym)) throw new RangeError(`Not a year-month (yyyy-MM): "${ym}"`);
  return { year: Number(ym.slice(0, 4)), month: Number(ym.slice(5, 7)) };
}

/** The month a day falls in: "2024-02-29" → "2024-02". */
export function ymOf(date: IsoDate): YearMonth {
  const { year, month } = isoDateParts(date);
  return yearMonthOf({ year, month });
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  if (!Number.isInteger(n)) throw new RangeError(`Months to add must be a whole number, got ${n}`);
  const index = monthIndex(ym) + n;
  return yearMonthOf({ year: Math.floor(index / 12), month: (index % 12) + 1 });
}

/**
 * Number of months from `from` to `to`, both included: 01/2024–12/2024 is 12, a single month is 1.
 * A period that ends before it starts holds no months (0) rather than a negative count.
 */
export function monthsInclusive(from: YearMonth, to: YearMonth): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

export function compareYm(a: YearMonth, b: YearMonth): number {
  return Math.sign(monthIndex(a) - monthIndex(b));
}

export function firstDayOf(ym: YearMonth): IsoDate {
  yearMonthParts(ym);
  return `${ym}-01`;
}

/** Last day of the month, honouring leap years: "2024-02" → "2024-02-29", "2100-02" → "2100-02-28". */
export function lastDayOf(ym: YearMonth): IsoDate {
  const { year, month } = yearMonthParts(ym);
  return `${ym}-${pad(daysInMonth(year, month), 2)}`;
}

function monthIndex(ym: YearMonth): number {
  const { year, month } = yearMonthParts(ym);
  return year * 12 + month - 1;
}
