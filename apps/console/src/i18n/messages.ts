import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/** The console's texts; createI18n refuses to compile unless both languages have the same keys. */
export const { useT } = createI18n({ vi, en });
