import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The registration journey's texts. A dictionary of its own, so that they download with the lazily
 * loaded registration route instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useRegistrationT } = createI18n({ vi, en });

export type RegistrationMessageKey = keyof typeof vi;

/** Fills `{name}` placeholders, e.g. fill("Bước {n} trên 4", { n: 2 }). */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
