import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/** The child-registration journey's own texts, downloaded with its route (see registration/i18n). */
export const { useT: useChildT } = createI18n({ vi, en });

export type ChildMessageKey = keyof typeof vi;
