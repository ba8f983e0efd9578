import { pad } from "./pad";

/**
 * A calendar date as an ISO string "yyyy-MM-dd". Dates in this domain are civil dates with no time
 * zone (a birth date, the day a rate starts); strings avoid the off-by-one-day bugs of `Date` in
 * UTC+7, and they sort chronologically as plain strings.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real day (rejects 31/04, 29/02/2025, month 13 …). */
export function isValidDate({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoDateOf(parts: DateParts): IsoDate {
  if (!isValidDate(parts)) throw new RangeError(`Not a calendar date: ${JSON.stringify(parts)}`);
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

export function isIsoDate(s: string): boolean {
  return isoDatePartsOrUndefined(s) !== undefined;
}

/** Splits an ISO date; throws on anything that is not a real "yyyy-MM-dd" day. */
export function isoDateParts(iso: IsoDate): DateParts {
  const parts = isoDatePartsOrUndefined(iso);
  if (parts === undefined) throw new RangeError(`Not an ISO date (yyyy-MM-dd): "${iso}"`);
  return parts;
}

function isoDatePartsOrUndefined(s: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(parts) ? parts : undefined;
}
