import { type DateParts, type IsoDate, isoDateParts } from "./iso-date";
import { pad } from "./pad";

/**
 * Formats a date the Vietnamese way, "dd/MM/yyyy". A `Date` is read in UTC: the codebase keeps
 * civil dates at UTC midnight, and reading local time would shift them by a day west of UTC.
 */
export function formatDate(date: IsoDate | Date): string {
  return formatParts(typeof date === "string" ? isoDateParts(date) : utcParts(date));
}

export function formatParts({ year, month, day }: DateParts): string {
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

function utcParts(date: Date): DateParts {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date");
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
