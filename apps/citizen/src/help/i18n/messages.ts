import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The texts of "Trợ giúp"'s own pages (chat, petitions, guides). A dictionary of their own, so that
 * they download with those pages instead of with the app shell; both languages have the same keys.
 */
export const { useT: useHelpT } = createI18n({ vi, en });

export type HelpMessageKey = keyof typeof vi;

export { fillText as fill } from "@ansinh/ui";
