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
import type { FieldProblem } from "../../errors/app-error";
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

function parseFullName(input: string): Parsed<string> {
  const name = normalizePersonName(input);
  if (name === "")
    return fail("full_name.required", "Vui lòng nhập họ và tên", "Please enter your full name");
  if (name.length > MAX_NAME_LENGTH) {
    return fail(
      "full_name.too_long",
      `Họ và tên quá dài (tối đa ${MAX_NAME_LENGTH} ký tự)`,
      `The full name is too long (at most ${MAX_NAME_LENGTH} characters)`,
    );
  }
  if (!NAME.test(name)) {
    return fail(
      "full_name.format",
      "Họ và tên chỉ gồm chữ cái và dấu cách, như trên CCCD",
      "The full name may contain only letters and spaces, as on the ID card",
    );
  }
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

function parseOfficeCode(input: string): Parsed<string> {
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

export function unknownOffice(): Parsed<never> {
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

/**
 * Checks every text field of the form with the domain's parsers and reports all that fail at once,
 * each as `body.<field>` with a Vietnamese and an English message.
 */
export function validateRegistrationFields(
  form: RegistrationForm,
): { ok: true; value: ValidRegistrationFields } | { ok: false; problems: FieldProblem[] } {
  const text = (field: RegistrationTextField) => form.fields[field] ?? "";
  const parsed = {
    bhxhNumber: parseBhxhNumber(text("bhxhNumber")),
    fullName: parseFullName(text("fullName")),
    nationalId: parseNationalId(text("nationalId")),
    phone: parseMobile(text("phone")),
    email: parseEmail(text("email")),
    officeCode: parseOfficeCode(text("officeCode")),
    submissionId: parseSubmissionId(text("submissionId")),
  };
  const problems = Object.entries(parsed).flatMap(([field, result]) =>
    result.ok ? [] : [fieldProblem(field, result.error)],
  );
  const { bhxhNumber, fullName, nationalId, phone, email, officeCode, submissionId } = parsed;
  if (
    !bhxhNumber.ok ||
    !fullName.ok ||
    !nationalId.ok ||
    !phone.ok ||
    !email.ok ||
    !officeCode.ok ||
    !submissionId.ok
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      bhxhNumber: bhxhNumber.value,
      fullName: fullName.value,
      nationalId: nationalId.value,
      phone: phone.value,
      email: email.value,
      officeCode: officeCode.value,
      submissionId: submissionId.value,
    },
  };
}
