import type { ServiceField } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { type ServicesMessageKey, useServicesT } from "../i18n/messages";

/** What every answer component is given: its question, the value as typed, and its problem, if any. */
export interface AnswerProps {
  field: ServiceField;
  value: string;
  /** Already in the language being read. */
  error?: string;
  onValueChange: (value: string) => void;
}

/**
 * The question's words in the language being read: its label ("(không bắt buộc)" after an optional
 * one, as GOV.UK marks the few optional questions rather than the many required ones) and its hint —
 * the service's own help, then what the kind of answer expects.
 */
export function useQuestion(field: ServiceField, kindHint?: ServicesMessageKey | string) {
  const t = useServicesT();
  const { locale } = useLocale();
  const label = field.required ? field.label[locale] : `${field.label[locale]} ${t("form.optional")}`;
  const hints = [field.help?.[locale], kindHint && isKey(kindHint) ? t(kindHint) : kindHint].filter(
    (hint): hint is string => typeof hint === "string" && hint !== "",
  );
  return { label, hint: hints.length > 0 ? hints.join(" ") : undefined, locale, t };
}

function isKey(text: string): text is ServicesMessageKey {
  return text.startsWith("field.");
}
