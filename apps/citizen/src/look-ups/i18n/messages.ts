import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The public look-ups' texts. A dictionary of their own, so that they download with the look-up pages
 * instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useLookUpsT } = createI18n({ vi, en });

export type LookUpsMessageKey = keyof typeof vi;

type Words = (t: (key: LookUpsMessageKey) => string) => string;

/**
 * A text worded in both languages by the same recipe, e.g. a message the page makes itself but shows
 * where the server's {vi, en} messages go; it follows a later switch of language.
 */
export function bothLanguages(words: Words): { vi: string; en: string } {
  return { vi: words((key) => vi[key]), en: words((key) => en[key]) };
}

export { fillText as fill } from "@ansinh/ui";
