import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The verification page's texts: a dictionary of its own, so that they download with the lazily
 * loaded page, not with the app shell; both languages must have the same keys.
 */
export const { useT: useVerifyT } = createI18n({ vi, en });

/** Fills `{name}` placeholders, e.g. fill("{years} năm", { years: 2 }). */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
