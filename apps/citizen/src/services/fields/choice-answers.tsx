import { CheckboxField, RadioField } from "@ansinh/ui";
import { fill } from "../i18n/messages";
import { type AnswerProps, useQuestion } from "./field-props";

/** Radios for one of a handful of answers (a few choices read better than a drop-down). */
function RadioAnswer({
  field,
  value,
  error,
  onValueChange,
  options,
  hint,
  label,
}: AnswerProps & { options: { value: string; label: string }[]; label: string; hint?: string }) {
  return (
    <RadioField
      id={field.name}
      legend={label}
      hint={hint}
      error={error}
      value={value}
      onValueChange={onValueChange}
      required={field.required}
      options={options}
    />
  );
}

/** One of the service's options. */
export function ChoiceAnswer(props: AnswerProps) {
  const { label, hint, locale } = useQuestion(props.field);
  const options = (props.field.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }));
  return <RadioAnswer {...props} label={label} hint={hint} options={options} />;
}

/** How many months to pay or renew for: the service's own list, e.g. 3, 6 or 12. */
export function MonthsAnswer(props: AnswerProps) {
  const { label, hint, t } = useQuestion(props.field);
  const options = (props.field.monthOptions ?? []).map((months) => ({
    value: String(months),
    label: fill(t("field.months"), { n: months }),
  }));
  return <RadioAnswer {...props} label={label} hint={hint} options={options} />;
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
