import {
  formatDate,
  formatVnd,
  isIsoDate,
  type LocalText,
  type ServiceField,
  serviceAnswersSchema,
  serviceDraftSchema,
  vietnamDate,
} from "@ansinh/domain";
import type { Locale } from "@ansinh/ui";
import type { Answers } from "./services-api";

/**
 * The form's values, as typed: one string per field ("" unanswered, "true" for a ticked consent).
 * Turning them into answers, and answers (of a reopened draft) back into values, lives here so that
 * the rules — which fields are asked, what each kind sends — are tested apart from the pages.
 */
type FormValues = Readonly<Record<string, string>>;

/** A field's problem in both languages, as the domain schema and the API word it. */
export type FieldErrors = Readonly<Record<string, LocalText>>;

/**
 * The fields asked for these values, in form order: a field with `when` only while the field it
 * depends on (itself asked) has one of the listed values.
 */
export function visibleFields(fields: readonly ServiceField[], values: FormValues): ServiceField[] {
  const asked = new Set<string>();
  return fields.filter((field) => {
    const when = field.when;
    const shown = !when || (asked.has(when.field) && when.equals.includes(values[when.field] ?? ""));
    if (shown) asked.add(field.name);
    return shown;
  });
}

/**
 * The answers to send for these values: only the fields asked, unanswered ones left out (a draft may
 * be incomplete), consents as `true`, and money and months as numbers when they are written as one
 * ("5.000.000" is how amounts are written here). Anything else is sent as typed, for the schema to word
 * the problem.
 */
export function answersOf(fields: readonly ServiceField[], values: FormValues): Answers {
  const answers: Record<string, string | number | boolean> = {};
  for (const field of visibleFields(fields, values)) {
    const value = (values[field.name] ?? "").trim();
    if (value === "") continue;
    if (field.kind === "consent") {
      if (value === "true") answers[field.name] = true;
      continue;
    }
    if (field.kind === "money" || field.kind === "months") {
      const digits = value.replace(/[.\s,₫]|đồng|đ/gi, "");
      answers[field.name] = /^\d{1,15}$/.test(digits) ? Number(digits) : value;
      continue;
    }
    answers[field.name] = value;
  }
  return answers;
}

/** The values a stored answer shows in its input again: a date as dd/MM/yyyy, numbers as digits. */
export function valuesOf(fields: readonly ServiceField[], answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const answer = answers[field.name];
    if (answer === undefined) values[field.name] = "";
    else if (typeof answer === "boolean") values[field.name] = answer ? "true" : "";
    else if (field.kind === "date" && typeof answer === "string" && isIsoDate(answer))
      values[field.name] = formatDate(answer);
    else values[field.name] = String(answer);
  }
  return values;
}

type Checked = { ok: true; answers: Answers } | { ok: false; errors: FieldErrors };

/**
 * Checks the values with the same schema the API uses (the whole form for "Kiểm tra", the draft's for
 * "Lưu nháp"), so the person sees the API's own words before anything is sent.
 */
export function checkValues(
  fields: readonly ServiceField[],
  values: FormValues,
  mode: "complete" | "draft",
  today: string = vietnamDate(new Date()),
): Checked {
  const schema = (mode === "complete" ? serviceAnswersSchema : serviceDraftSchema)(fields, { today });
  const result = schema.safeParse(answersOf(fields, values));
  if (result.success) return { ok: true, answers: result.data };
  const errors: Record<string, LocalText> = {};
  for (const issue of result.error.issues) {
    const name = typeof issue.path[0] === "string" ? issue.path[0] : "";
    // The first problem of a field is the one to fix first.
    if (name !== "" && !errors[name])
      errors[name] = issueText(
        issue,
        fields.find((f) => f.name === name),
      );
  }
  return { ok: false, errors };
}

/** An issue's own words ({vi, en} in its params, as the domain schemas put them), or a plain fallback. */
function issueText(issue: { message: string; params?: unknown }, field: ServiceField | undefined): LocalText {
  const params = issue.params;
  if (typeof params === "object" && params !== null) {
    const vi: unknown = Reflect.get(params, "vi");
    const en: unknown = Reflect.get(params, "en");
    if (typeof vi === "string" && typeof en === "string") return { vi, en };
  }
  const label = field?.label ?? { vi: "câu trả lời", en: "the answer" };
  return { vi: `Kiểm tra lại “${label.vi}”`, en: `Check “${label.en}”` };
}

/**
 * The per-field problems of a refused request, by field name: the API names them by where they stand
 * in the body ("body.answers.reason"); problems of other parts are left to the summary's message.
 */
export function answerProblems(
  problems: ReadonlyArray<{ field: string; text: string | LocalText }>,
): FieldErrors {
  const errors: Record<string, LocalText> = {};
  for (const { field, text } of problems) {
    const match = /^(?:body\.)?answers\.([^.]+)/.exec(field);
    const name = match?.[1];
    if (!name || errors[name]) continue;
    errors[name] = typeof text === "string" ? { vi: text, en: text } : text;
  }
  return errors;
}

/**
 * An answer as the check page and the request page show it: an option by its label, an amount as
 * money, a date as dd/MM/yyyy, a ticked consent as "Có"; `words` are the page's own for the rest.
 */
export function answerText(
  field: ServiceField,
  answer: string | number | boolean,
  locale: Locale,
  words: { months: (n: number) => string; yes: string },
): string {
  if (typeof answer === "boolean") return answer ? words.yes : "";
  switch (field.kind) {
    case "choice":
      return (
        field.options?.find((option) => option.value === String(answer))?.label[locale] ?? String(answer)
      );
    case "money":
      return typeof answer === "number" ? formatVnd(answer) : answer;
    case "months":
      return typeof answer === "number" || /^\d+$/.test(answer) ? words.months(Number(answer)) : answer;
    case "date":
      return typeof answer === "string" && isIsoDate(answer) ? formatDate(answer) : String(answer);
    default:
      return String(answer);
  }
}
