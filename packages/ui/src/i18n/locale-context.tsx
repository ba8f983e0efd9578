import { createContext, type ReactNode, useContext, useLayoutEffect, useMemo, useState } from "react";
import type { Locale } from "./locale";
import { readStoredLocale, storeLocale } from "./locale-store";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  // <html lang> drives screen-reader pronunciation and hyphenation, so it must follow the choice
  // before the browser paints the new text.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next) => {
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );

  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale must be used inside <LocaleProvider>");
  return state;
}
