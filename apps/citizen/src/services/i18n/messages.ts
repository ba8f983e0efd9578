import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The public services' texts. A dictionary of their own, so that they download with the services
 * pages instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useServicesT } = createI18n({ vi, en });

export type ServicesMessageKey = keyof typeof vi;

export { fillText as fill } from "@ansinh/ui";
