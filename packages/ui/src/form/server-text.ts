import type { Locale } from "../i18n/locale";

/**
 * A text from the server: the AnSinh API words every message in both languages ({vi, en}), so the
 * page can show it in whichever language the person reads now; a plain string is shown as it is.
 */
export type ServerText = string | Readonly<Record<Locale, string>>;

/** A problem+json text (a string, or {vi, en}) as the page can show it, or null when it says nothing. */
export function asServerText(value: unknown): ServerText | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value !== "object" || value === null) return null;
  const vi: unknown = Reflect.get(value, "vi");
  const en: unknown = Reflect.get(value, "en");
  if (typeof vi !== "string" || typeof en !== "string") return null;
  if (vi.trim() === "" && en.trim() === "") return null;
  // A missing translation falls back to the other language rather than to an empty line.
  return { vi: vi.trim() === "" ? en : vi, en: en.trim() === "" ? vi : en };
}
