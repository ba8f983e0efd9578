import { z } from "zod";
import { type IsoDate, isIsoDate } from "../calendar/iso-date";
import { parseDate } from "../calendar/parse-date";
import { addMonths, lastDayOf, ymOf } from "../calendar/year-month";
import { parseBhxhNumber } from "../identifiers/bhxh-number";
import { parseFacilityCode } from "../identifiers/facility-code";
import { compactInput } from "../identifiers/identifier-input";
import { parseMobile } from "../identifiers/mobile";
import { parseNationalId } from "../identifiers/national-id";
import { formatVnd } from "../money/format-vnd";
import { fail, ok, type Parsed } from "../parsed";

/** A text shown to the citizen in both languages of the apps. */
export interface LocalText {
  vi: string;
  en: string;
}

/** The kinds of question a form can ask; each has its own input in the app and its own check. */
export const serviceFieldKinds = [
  "text",
  "longText",
  "choice",
  "date",
  "facility",
  "bankAccount",
  "money",
  "months",
  "consent",
  "bhxhNumber",
  "nationalId",
  "mobile",
] as const;

export type ServiceFieldKind = (typeof serviceFieldKinds)[number];

/**
 * One question of a public-service form. Forms are data (reference/data/public-services.json): the web
 * draws them and the API validates them from the same description, so a service needs no screen or
 * route of its own.
 */
export interface ServiceField {
  name: string;
  kind: ServiceFieldKind;
  label: LocalText;
  help?: LocalText;
  required: boolean;
  /** The allowed answers of a "choice". */
  options?: { value: string; label: LocalText }[];
  /** The allowed answers of a "months", e.g. [1, 3, 6, 12]. */
  monthOptions?: number[];
  /** Bounds of a "money" answer in whole đồng; the API may fill them at run time (voluntary income). */
  min?: number;
  max?: number;
  maxLength?: number;
  /** A "date" must fall after today and at most this many months later (e.g. an authorisation's end). */
  withinMonths?: number;
  /** Only asked, and only required, when an earlier field's answer is one of these values. */
  when?: { field: string; equals: string[] };
}

/** Validated answers: normalised strings (dates as IsoDate), whole numbers, and `true` for consents. */
export type ServiceAnswers = Record<string, string | number | boolean>;

export interface ServiceAnswersOptions {
  /**
   * Today in Vietnam, needed to check `withinMonths` dates. The domain has no clock, so callers pass
   * it; without it such dates are only checked for being real days.
   */
  today?: IsoDate;
}

// Generous enough for a name or an address; a longText is a free explanation for the officer.
const DEFAULT_MAX_LENGTH = { text: 200, longText: 2000 } as const;

/**
 * The Zod schema of a complete, submittable set of answers. Every problem is a "custom" issue at the
 * field's path with `params: { code, vi, en }`, like zod/schema-from-parser.ts, so the API's problem
 * mapper and the web forms show a message in both languages for each field: unknown fields, missing
 * required answers and values of the wrong type included. Fields whose `when` does not hold are not
 * asked, so an answer left over from an earlier choice is dropped rather than refused.
 *
 * The output is accepted as input again (dates in ISO form too), so stored answers can be re-validated.
 */
export function serviceAnswersSchema(
  fields: readonly ServiceField[],
  options: ServiceAnswersOptions = {},
): z.ZodType<ServiceAnswers> {
  return answersSchema(fields, { complete: true, today: options.today });
}

/** The same as serviceAnswersSchema, except that nothing is required: a draft may be incomplete. */
export function serviceDraftSchema(
  fields: readonly ServiceField[],
  options: ServiceAnswersOptions = {},
): z.ZodType<ServiceAnswers> {
  return answersSchema(fields, { complete: false, today: options.today });
}

function answersSchema(
  fields: readonly ServiceField[],
  mode: { complete: boolean; today: IsoDate | undefined },
): z.ZodType<ServiceAnswers> {
  const names = new Set(fields.map((field) => field.name));
  return z.unknown().transform((input, ctx) => {
    const report = (path: string[], error: { code: string; vi: string; en: string }) =>
      ctx.addIssue({ code: "custom", path, message: error.en, params: { ...error } });

    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      report([], {
        code: "answers.type",
        vi: "Câu trả lời phải được gửi dưới dạng một đối tượng",
        en: "The answers must be sent as an object",
      });
      return z.NEVER;
    }
    const raw = input as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!names.has(key)) {
        report([key], {
          code: "answers.unknown_field",
          vi: `Trường “${key}” không thuộc biểu mẫu này`,
          en: `“${key}” is not a field of this form`,
        });
      }
    }

    const answers: ServiceAnswers = {};
    // Fields are read in their order, so a `when` sees the already validated answer it depends on.
    for (const field of fields) {
      if (field.when && !field.when.equals.includes(String(answers[field.when.field]))) continue;
      // Own keys only: a field called e.g. "constructor" must not read Object.prototype.
      const value = Object.hasOwn(raw, field.name) ? raw[field.name] : undefined;
      if (isUnanswered(field, value)) {
        if (mode.complete && field.required) report([field.name], requiredError(field));
        continue;
      }
      const parsed = parseAnswer(field, value, mode.today);
      if (parsed.ok) answers[field.name] = parsed.value;
      else report([field.name], parsed.error);
    }
    return answers;
  });
}

/**
 * An empty box or an unticked consent is no answer (forms send both), so it is refused only when the
 * answer is required. `false` for any other kind is a wrong type, reported as such.
 */
function isUnanswered(field: ServiceField, value: unknown): boolean {
  if (field.kind === "consent" && value === false) return true;
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function requiredError(field: ServiceField) {
  const { vi, en } = field.label;
  if (field.kind === "consent") {
    return { code: "answer.required", vi: `Vui lòng xác nhận “${vi}”`, en: `Please confirm “${en}”` };
  }
  if (field.kind === "choice" || field.kind === "months") {
    return { code: "answer.required", vi: `Vui lòng chọn “${vi}”`, en: `Please choose “${en}”` };
  }
  return { code: "answer.required", vi: `Vui lòng nhập “${vi}”`, en: `Please enter “${en}”` };
}

function parseAnswer(
  field: ServiceField,
  value: unknown,
  today: IsoDate | undefined,
): Parsed<string | number | boolean> {
  switch (field.kind) {
    case "consent":
      return value === true ? ok(true) : wrongType(field, "có hoặc không", "yes or no");
    case "money":
      return withNumber(field, value, (n) => parseMoney(field, n));
    case "months":
      return withNumber(field, value, (n) => parseMonths(field, n));
    default:
      return typeof value === "string"
        ? parseText(field, value, today)
        : wrongType(field, "một chuỗi ký tự", "text");
  }
}

function parseText(field: ServiceField, value: string, today: IsoDate | undefined): Parsed<string> {
  switch (field.kind) {
    case "choice":
      return field.options?.some((option) => option.value === value)
        ? ok(value)
        : fail(
            "answer.choice",
            `Vui lòng chọn một trong các phương án của “${field.label.vi}”`,
            `Please choose one of the options of “${field.label.en}”`,
          );
    case "date":
      return parseDateAnswer(field, value, today);
    case "facility":
      return mapParsed(parseFacilityCode(value), (facility) => facility.value);
    case "bankAccount":
      return parseBankAccount(value);
    case "bhxhNumber":
      return parseBhxhNumber(value);
    case "nationalId":
      return mapParsed(parseNationalId(value), (id) => id.value);
    case "mobile":
      return parseMobile(value);
    default:
      return parseFreeText(field, value);
  }
}

function parseFreeText(field: ServiceField, value: string): Parsed<string> {
  // NFC: Vietnamese typed on some keyboards arrives decomposed, and the officer searches and prints it.
  const text = value.normalize("NFC").trim();
  const maxLength =
    field.maxLength ?? (field.kind === "longText" ? DEFAULT_MAX_LENGTH.longText : DEFAULT_MAX_LENGTH.text);
  return text.length <= maxLength
    ? ok(text)
    : fail(
        "answer.too_long",
        `“${field.label.vi}” dài tối đa ${maxLength} ký tự`,
        `“${field.label.en}” can be at most ${maxLength} characters long`,
      );
}

function parseDateAnswer(field: ServiceField, value: string, today: IsoDate | undefined): Parsed<IsoDate> {
  const trimmed = value.trim();
  const parsed = isIsoDate(trimmed) ? ok(trimmed) : parseDate(trimmed);
  if (!parsed.ok || field.withinMonths === undefined || today === undefined) return parsed;
  // "Within n months" ends on the same day n months later, or the month's last day when it is shorter.
  const later = addMonths(ymOf(today), field.withinMonths);
  const sameDay = `${later}${today.slice(7)}`;
  const latest = isIsoDate(sameDay) ? sameDay : lastDayOf(later);
  if (parsed.value > today && parsed.value <= latest) return parsed;
  return fail(
    "answer.date_range",
    `“${field.label.vi}” phải sau hôm nay và không quá ${field.withinMonths} tháng`,
    `“${field.label.en}” must be after today and at most ${field.withinMonths} months ahead`,
  );
}

function parseBankAccount(value: string): Parsed<string> {
  const digits = compactInput(value);
  return /^\d{6,19}$/.test(digits)
    ? ok(digits)
    : fail(
        "bank_account.format",
        "Số tài khoản ngân hàng gồm từ 6 đến 19 chữ số",
        "A bank account number has 6 to 19 digits",
      );
}

/**
 * Forms send numbers as text, grouped by thousands as people write them ("5.000.000", "5 000 000",
 * "5,000,000"). Only whole groups of three are accepted, so "1.5" is not silently read as 15.
 */
function withNumber(
  field: ServiceField,
  value: unknown,
  then: (n: number) => Parsed<number>,
): Parsed<number> {
  if (typeof value === "number") return then(value);
  const text = typeof value === "string" ? value.trim() : "";
  if (/^\d{1,3}([.,\s]?\d{3})*$/.test(text)) return then(Number(text.replace(/[.,\s]/g, "")));
  return wrongType(field, "một số", "a number");
}

function parseMoney(field: ServiceField, amount: number): Parsed<number> {
  const min = field.min ?? 0;
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
  if (Number.isSafeInteger(amount) && amount >= min && amount <= max) return ok(amount);
  const range =
    field.max === undefined
      ? { vi: `từ ${formatVnd(min)} trở lên`, en: `${formatVnd(min)} or more` }
      : {
          vi: `từ ${formatVnd(min)} đến ${formatVnd(max)}`,
          en: `from ${formatVnd(min)} to ${formatVnd(max)}`,
        };
  return fail(
    "answer.money_range",
    `“${field.label.vi}” phải là số tiền chẵn đồng ${range.vi}`,
    `“${field.label.en}” must be a whole amount of đồng ${range.en}`,
  );
}

function parseMonths(field: ServiceField, months: number): Parsed<number> {
  const allowed = field.monthOptions ?? [];
  return allowed.includes(months)
    ? ok(months)
    : fail(
        "answer.months",
        `“${field.label.vi}” chỉ có thể là ${allowed.join(", ")} tháng`,
        `“${field.label.en}” can only be ${allowed.join(", ")} months`,
      );
}

function wrongType(field: ServiceField, vi: string, en: string): Parsed<never> {
  return fail("answer.type", `“${field.label.vi}” phải là ${vi}`, `“${field.label.en}” must be ${en}`);
}

function mapParsed<T, U>(parsed: Parsed<T>, map: (value: T) => U): Parsed<U> {
  return parsed.ok ? ok(map(parsed.value)) : parsed;
}
