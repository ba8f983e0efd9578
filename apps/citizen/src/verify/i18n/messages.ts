import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/**
 * The verification page's texts: a dictionary of its own, so that they download with the lazily
 * loaded page, not with the app shell; both languages must have the same keys.
 */
export const { useT: useVerifyT } = createI18n({ vi, en });

export { fillText as fill } from "@ansinh/ui";
