import { type IsoDate, isoDateParts } from "./iso-date";

/** The day n days after (or before, for negative n) a date; crosses months, years and 29/02 correctly. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  // UTC arithmetic on midnight: no daylight-saving or local time zone can shift the day.
  return new Date(Date.UTC(year, month - 1, day + n)).toISOString().slice(0, 10);
}
