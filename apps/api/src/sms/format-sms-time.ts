import { formatDate } from "@ansinh/domain";

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** "14:05 25/11/2026" in Vietnam's time (UTC+7, no daylight saving), as an SMS states a moment. */
export function formatSmsTime(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${formatDate(local)}`;
}
