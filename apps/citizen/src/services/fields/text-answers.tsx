import { formatVnd } from "@ansinh/domain";
import { TextAreaField, TextField } from "@ansinh/ui";
import { fill } from "../i18n/messages";
import { type AnswerProps, useQuestion } from "./field-props";

// One component per kind of answer: each sets the keyboard a phone shows, the browser's autofill and
// the hint that says what is expected.

function common({ field, value, error, onValueChange }: AnswerProps) {
  return {
    id: field.name,
    name: field.name,
    value,
    error,
    onValueChange,
    "aria-required": field.required || undefined,
  };
}

export function TextAnswer(props: AnswerProps) {
  const { label, hint } = useQuestion(props.field);
  return <TextField {...common(props)} label={label} hint={hint} maxLength={props.field.maxLength ?? 200} />;
}

export function LongTextAnswer(props: AnswerProps) {
  const { label, hint } = useQuestion(props.field);
  return (
    <TextAreaField {...common(props)} label={label} hint={hint} maxLength={props.field.maxLength ?? 2000} />
  );
}

export function DateAnswer(props: AnswerProps) {
  const { label, hint } = useQuestion(props.field, "field.date.hint");
  return <TextField {...common(props)} label={label} hint={hint} autoComplete="off" maxLength={10} />;
}

/** A number typed as digits (account, BHXH, ID): the digit keyboard, no autofill nor spelling. */
function DigitsAnswer({ hintKey, ...props }: AnswerProps & { hintKey: string }) {
  const { label, hint } = useQuestion(props.field, hintKey);
  return (
    <TextField
      {...common(props)}
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
    />
  );
}

export const BankAccountAnswer = (props: AnswerProps) => (
  <DigitsAnswer {...props} hintKey="field.bankAccount.hint" />
);
export const BhxhNumberAnswer = (props: AnswerProps) => (
  <DigitsAnswer {...props} hintKey="field.bhxhNumber.hint" />
);
export const NationalIdAnswer = (props: AnswerProps) => (
  <DigitsAnswer {...props} hintKey="field.nationalId.hint" />
);

export function MobileAnswer(props: AnswerProps) {
  const { label, hint } = useQuestion(props.field, "field.mobile.hint");
  return (
    <TextField {...common(props)} label={label} hint={hint} type="tel" inputMode="tel" autoComplete="off" />
  );
}

/** An amount in whole đồng, with the bounds that apply today (the API fills them in) in its hint. */
export function MoneyAnswer(props: AnswerProps) {
  const { field } = props;
  const { label, hint: help, t } = useQuestion(field, "field.money.hint");
  const range =
    field.min !== undefined && field.max !== undefined
      ? fill(t("field.money.range"), { min: formatVnd(field.min), max: formatVnd(field.max) })
      : field.min !== undefined
        ? fill(t("field.money.from"), { min: formatVnd(field.min) })
        : "";
  return (
    <TextField
      {...common(props)}
      label={label}
      hint={[range, help].filter(Boolean).join(" ")}
      inputMode="numeric"
      autoComplete="off"
      suffix={<span className="self-center text-lg">₫</span>}
    />
  );
}
