import { createI18n } from "@ansinh/ui";
import { en } from "./en";
import { vi } from "./vi";

/** The help desk's texts in the console (chats and petitions); both languages must have the same keys. */
export const { useT: useHelpT } = createI18n({ vi, en });

export { fillText as fill } from "@ansinh/ui";
