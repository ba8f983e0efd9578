import { CheckboxField, RadioField } from "@ansinh/ui";
import { fill } from "../i18n/messages";
import { type AnswerProps, useQuestion } from "./field-props";

/** One of the service's options, as radios (a handful of choices reads better than a drop-down). */
export function ChoiceAnswer({ field, value, error, onValueChange }: AnswerProps) {
  const { label, hint, locale } = useQuestion(field);
  return (
    <RadioField
      id={field.name}
      legend={label}
      hint={hint}
      error={error}
      value={value}
      onValueChange={onValueChange}
      required={field.required}
      options={(field.options ?? []).map((option) => ({ value: option.value, label: option.label[locale] }))}
    />
  );
}

/** How many months to pay or renew for: the service's own list, e.g. 3, 6 or 12. */
export function MonthsAnswer({ field, value, error, onValueChange }: AnswerProps) {
  const { label, hint, t } = useQuestion(field);
  return (
    <RadioField
      id={field.name}
      legend={label}
      hint={hint}
      error={error}
      value={value}
      onValueChange={onValueChange}
      required={field.required}
      options={(field.monthOptions ?? []).map((months) => ({
        value: String(months),
        label: fill(t("field.months"), { n: months }),
      }))}
    />
  );
}

/** A declaration or consent: the box's label is the service's own words; ticked is "true". */
export function ConsentAnswer({ field, value, error, onValueChange }: AnswerProps) {
  const { locale } = useQuestion(field);
  return (
    <CheckboxField
      id={field.name}
      label={field.label[locale]}
      hint={field.help?.[locale]}
      error={error}
      checked={value === "true"}
      onCheckedChange={(checked) => onValueChange(checked ? "true" : "")}
      required={field.required}
    />
  );
}
