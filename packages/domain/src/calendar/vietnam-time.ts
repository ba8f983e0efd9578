import { formatDate } from "./format-date";
import type { IsoDate } from "./iso-date";

/**
 * Vietnam's local time, the one every date and time shown to people is read in — on the server, in the
 * SMS and in the browser, whatever the machine's own zone. Vietnam keeps UTC+7 all year (no daylight
 * saving), so a fixed offset is exact and needs no time-zone data (old WebViews may lack it).
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instant shifted so that its UTC fields read Vietnam's wall clock; RangeError if not a date. */
function wallClock(at: Date | string): Date {
  const date = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: "${String(at)}"`);
  return new Date(date.getTime() + VIETNAM_OFFSET_MS);
}

/** The date in Vietnam at this instant (yyyy-MM-dd): 17:30 UTC on 31/12 is already 1 January there. */
export function vietnamDate(at: Date | string): IsoDate {
  return wallClock(at).toISOString().slice(0, 10);
}

/** The calendar year in Vietnam at this instant. */
export function vietnamYear(at: Date | string): number {
  return wallClock(at).getUTCFullYear();
}

/** The instant of midnight, 1 January of the year, in Vietnam. */
export function vietnamYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - VIETNAM_OFFSET_MS);
}

/** "25/11/2026": the day in Vietnam of an instant. */
export function formatVietnamDay(at: Date | string): string {
  return formatDate(wallClock(at));
}

/** "14:05 25/11/2026": an instant as people in Vietnam state a moment (SMS, "Cập nhật lúc …", logs). */
export function formatVietnamTime(at: Date | string): string {
  const local = wallClock(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${formatDate(local)}`;
}
