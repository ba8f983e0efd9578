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
