import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The personal records' texts. A dictionary of their own, so that they download with the records
 * pages instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useRecordsT } = createI18n({ vi, en });

export type RecordsMessageKey = keyof typeof vi;

export { fillText as fill } from "@ansinh/ui";
