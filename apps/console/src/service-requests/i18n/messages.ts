import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/** The public-service requests' texts in the console; both languages must have the same keys. */
export const { useT: useRequestsT } = createI18n({ vi, en });

export type RequestsMessageKey = keyof typeof vi;

export { fillText as fill } from "@ansinh/ui";
