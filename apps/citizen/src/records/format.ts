import { formatDate } from "@ansinh/domain";

/**
 * Times from the API are instants; people read them in Vietnam's time (UTC+7, no summer time),
 * whatever the phone's own time zone, so that a visit at 00:30 is not shown on the day before.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

function inVietnam(instant: string): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: "${instant}"`);
  return new Date(date.getTime() + vietnamOffsetMs);
}

/** "2026-11-25T16:05:00Z" → "25/11/2026" (the day in Vietnam). */
export function vietnamDay(instant: string): string {
  return formatDate(inVietnam(instant));
}

/** "2026-11-25T16:05:00Z" → "23:05 25/11/2026", as "Cập nhật lúc …" says it. */
export function vietnamTime(instant: string): string {
  const date = inVietnam(instant);
  const hh = String(date.getUTCHours()).padStart(2, "0");
  const mm = String(date.getUTCMinutes()).padStart(2, "0");
  return `${hh}:${mm} ${formatDate(date)}`;
}

/** A rate in percent as the API writes it ("8", "0.5", "1.500") → "8%", "0,5%" (vi) or "0.5%" (en). */
export function formatRate(rate: string, locale: "vi" | "en"): string {
  const value = Number(rate);
  if (!Number.isFinite(value)) return rate;
  const text = String(Math.round(value * 1000) / 1000);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}

/**
 * A coded name from a reference list — a facility, an office, a diagnosis. The API sends "" as the
 * name when its list does not hold the code; the code alone is then shown.
 */
export function nameAndCode({ code, name }: { code: string; name: string }, separator = " — "): string {
  return name ? `${code}${separator}${name}` : code;
}

/** A facility as people read it: "Trung tâm Y tế khu vực Tây Hồ (79003)", or its code alone. */
export function nameThenCode({ code, name }: { code: string; name: string }): string {
  return name ? `${name} (${code})` : code;
}

/** The facility or office name, or its code when the name is not known. */
export function nameOrCode({ code, name }: { code: string; name: string }): string {
  return name || code;
}
