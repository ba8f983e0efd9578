import type { Locale } from "./locale";
import { useLocale } from "./locale-context";

/** A dictionary: message key → text. Keys are dotted by screen, e.g. "login.password.label". */
type Messages = Readonly<Record<string, string>>;

/**
 * The English dictionary must have exactly the Vietnamese keys: a missing key fails the
 * `Record<keyof V, string>` constraint and an extra key is mapped to `never`.
 */
type Translation<V extends Messages, E> = E & Readonly<Record<Exclude<keyof E, keyof V>, never>>;

type Translator<V extends Messages> = (key: keyof V & string) => string;

export function createTranslator<V extends Messages, E extends Record<keyof V, string>>(
  dictionaries: { vi: V; en: Translation<V, E> },
  locale: Locale,
): Translator<V> {
  const dictionary: Record<keyof V, string> = dictionaries[locale];
  return (key) => dictionary[key];
}

/** Binds a pair of dictionaries to the locale chosen in <LocaleProvider>. */
export function createI18n<V extends Messages, E extends Record<keyof V, string>>(dictionaries: {
  vi: V;
  en: Translation<V, E>;
}) {
  // One translator per language, made once, so components get a stable function for each locale.
  const translators: Record<Locale, Translator<V>> = {
    vi: createTranslator(dictionaries, "vi"),
    en: createTranslator(dictionaries, "en"),
  };
  return {
    useT(): Translator<V> {
      return translators[useLocale().locale];
    },
  };
}
