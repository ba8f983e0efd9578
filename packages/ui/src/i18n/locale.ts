const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];

/** Vietnamese is the default: most users read it first, and English is the courtesy language. */
export const defaultLocale: Locale = "vi";

export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}
