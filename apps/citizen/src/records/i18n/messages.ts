import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The personal records' texts. A dictionary of their own, so that they download with the records
 * pages instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useRecordsT } = createI18n({ vi, en });

export type RecordsMessageKey = keyof typeof vi;

/** Fills `{name}` placeholders, e.g. fill("Cập nhật lúc {time}", { time: "08:00 01/01/2026" }). */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
