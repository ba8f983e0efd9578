import type { Locale } from "@ansinh/ui";

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  // "03:59 26/11/2026": Vietnamese puts the time first.
  vi: new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Ho_Chi_Minh",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }),
};

/** A moment in Vietnam's time, whatever the reviewer's computer is set to; "" for a missing one. */
export function formatDateTime(iso: string | null, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatters[locale].format(date);
}

/** "08/03/2016" for an ISO date; anything else as it is. */
export function formatIsoDate(iso: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return date ? `${date[3]}/${date[2]}/${date[1]}` : iso;
}

const vietnamToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/**
 * Completed years on today's date in Vietnam, from an ISO birth date, or from the year alone counted
 * from 01/01 (as the server counts it). Null when neither is known.
 */
export function ageInYears(
  birthDate: string | null,
  birthYear: number | null,
  now = new Date(),
): number | null {
  const [year, month, day] = (birthDate ?? (birthYear === null ? "" : `${birthYear}-01-01`))
    .split("-")
    .map(Number);
  if (!year || !month || !day) return null;
  const [thisYear = 0, thisMonth = 0, today = 0] = vietnamToday.format(now).split("-").map(Number);
  const hadBirthday = thisMonth > month || (thisMonth === month && today >= day);
  return thisYear - year - (hadBirthday ? 0 : 1);
}
