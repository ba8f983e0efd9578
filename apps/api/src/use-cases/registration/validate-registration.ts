import {
  type FieldError,
  fail,
  type NationalId,
  normalizePersonName,
  ok,
  type Parsed,
  parseBhxhNumber,
  parseMobile,
  parseNationalId,
} from "@ansinh/domain";
import type { Bilingual, FieldProblem } from "../../errors/app-error";
import type { RegistrationForm, RegistrationTextField } from "./registration-form";

/** The text of the form once every field has passed its parser. */
export interface ValidRegistrationFields {
  bhxhNumber: string;
  /** As printed on documents: NFC, single spaces, words capitalised. */
  fullName: string;
  nationalId: NationalId;
  /** National 10-digit form, 0xxxxxxxxx. */
  phone: string;
  email: string | null;
  officeCode: string;
  submissionId: string;
}

const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;
// Letters (with their marks), and the apostrophes and hyphens of some ethnic-minority names.
const NAME = /^[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+)*$/u;
// Deliberately loose: the address is only used to send mail, and a mistyped one is the person's loss.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const OFFICE_CODE = /^BHXH-\d{2}(?:-\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The messages of a name field, worded for whose name it is (one's own, a child's). */
interface NameMessages {
  required: Bilingual;
  format: Bilingual;
}

const ownName: NameMessages = {
  required: { vi: "Vui lòng nhập họ và tên", en: "Please enter your full name" },
  format: {
    vi: "Họ và tên chỉ gồm chữ cái và dấu cách, như trên CCCD",
    en: "The full name may contain only letters and spaces, as on the ID card",
  },
};

export function parsePersonName(input: string, messages: NameMessages): Parsed<string> {
  const name = normalizePersonName(input);
  if (name === "") return fail("full_name.required", messages.required.vi, messages.required.en);
  if (name.length > MAX_NAME_LENGTH) {
    return fail(
      "full_name.too_long",
      `Họ và tên quá dài (tối đa ${MAX_NAME_LENGTH} ký tự)`,
      `The full name is too long (at most ${MAX_NAME_LENGTH} characters)`,
    );
  }
  if (!NAME.test(name)) return fail("full_name.format", messages.format.vi, messages.format.en);
  return ok(name);
}

function parseEmail(input: string): Parsed<string | null> {
  const email = input.normalize("NFC").trim();
  if (email === "") return ok(null);
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) {
    return fail(
      "email.format",
      "Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.com)",
      "The e-mail address is not valid (for example: name@example.com)",
    );
  }
  return ok(email);
}

export function parseOfficeCode(input: string): Parsed<string> {
  const code = input.trim().toUpperCase();
  if (code === "") {
    return fail(
      "office_code.required",
      "Vui lòng chọn cơ quan BHXH tiếp nhận hồ sơ",
      "Please choose the social insurance office that will receive the application",
    );
  }
  return OFFICE_CODE.test(code) ? ok(code) : unknownOffice();
}

export function unknownOffice(): { ok: false; error: FieldError } {
  return fail(
    "office_code.unknown",
    "Không có cơ quan BHXH này. Vui lòng chọn lại trong danh sách.",
    "There is no such social insurance office. Please choose one from the list.",
  );
}

export function parseSubmissionId(input: string): Parsed<string> {
  const id = input.trim().toLowerCase();
  return UUID.test(id)
    ? ok(id)
    : fail(
        "submission_id.format",
        "Mã lần gửi không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
        "The submission id is not valid. Please reload the page and send the form again.",
      );
}

export function fieldProblem(field: string, error: FieldError): FieldProblem {
  return { field: `body.${field}`, code: error.code, vi: error.vi, en: error.en };
}

/** The values of fields that all parsed, or every field's problem. */
export type ParsedFields<Value> = { ok: true; value: Value } | { ok: false; problems: FieldProblem[] };

type ValuesOf<Results> = {
  [Field in keyof Results]: Results[Field] extends Parsed<infer Value> ? Value : never;
};

/**
 * Gathers the results of a form's parsers: all the values when every field parsed, otherwise each
 * failure as `body.<field>` with a Vietnamese and an English message, in the order given.
 */
export function collectFields<Results extends Record<string, Parsed<unknown>>>(
  results: Results,
): ParsedFields<ValuesOf<Results>> {
  const problems: FieldProblem[] = [];
  const value: Record<string, unknown> = {};
  for (const [field, result] of Object.entries(results)) {
    if (result.ok) value[field] = result.value;
    else problems.push(fieldProblem(field, result.error));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: value as ValuesOf<Results> };
}

/** Checks every text field of the registration form with the domain's parsers, reporting all that fail. */
export function validateRegistrationFields(form: RegistrationForm): ParsedFields<ValidRegistrationFields> {
  const text = (field: RegistrationTextField) => form.fields[field] ?? "";
  return collectFields({
    bhxhNumber: parseBhxhNumber(text("bhxhNumber")),
    fullName: parsePersonName(text("fullName"), ownName),
    nationalId: parseNationalId(text("nationalId")),
    phone: parseMobile(text("phone")),
    email: parseEmail(text("email")),
    officeCode: parseOfficeCode(text("officeCode")),
    submissionId: parseSubmissionId(text("submissionId")),
  });
}
