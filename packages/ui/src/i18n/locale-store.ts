import { defaultLocale, isLocale, type Locale } from "./locale";

/** Shared by the citizen app and the console: they live on one origin, so one choice serves both. */
const storageKey = "ansinh.locale";

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be blocked (private mode, strict settings); the default language still works.
    return defaultLocale;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembering the choice is acceptable; the page has already switched language.
  }
}
