import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The registration journey's texts. A dictionary of its own, so that they download with the lazily
 * loaded registration route instead of with the app shell; both languages must have the same keys.
 */
export const { useT: useRegistrationT } = createI18n({ vi, en });

export type RegistrationMessageKey = keyof typeof vi;

export { fillText as fill } from "@ansinh/ui";
