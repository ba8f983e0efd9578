import type { Locale } from "./i18n/locale";
import { useLocale } from "./i18n/locale-context";
import { useUiT } from "./i18n/ui-messages";

// Each language is named in itself, so people who cannot read the current one still find theirs.
const languages: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: "vi", name: "Tiếng Việt" },
  { locale: "en", name: "English" },
];

/** Made for the dark brand header of both apps. */
export function LanguageSwitch() {
  const t = useUiT();
  const { locale, setLocale } = useLocale();

  return (
    <fieldset>
      <legend className="sr-only">{t("languageSwitch.label")}</legend>
      <div className="flex gap-1">
        {languages.map((language) => (
          <button
            key={language.locale}
            type="button"
            lang={language.locale}
            aria-pressed={locale === language.locale}
            onClick={() => setLocale(language.locale)}
            className="min-h-touch rounded-md border-2 border-white/70 px-3 text-sm font-bold text-white aria-pressed:bg-white aria-pressed:text-brand-dark"
          >
            {language.name}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
