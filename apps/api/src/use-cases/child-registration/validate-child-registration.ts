import { fail, ok, type Parsed, parseBhxhNumber } from "@ansinh/domain";
import {
  collectFields,
  type ParsedFields,
  parseOfficeCode,
  parsePersonName,
  parseSubmissionId,
} from "../registration/validate-registration";
import type { ChildRegistrationForm, ChildRegistrationTextField } from "./child-registration-form";

/** The text of the form once every field has passed its parser. */
export interface ValidChildRegistrationFields {
  childBhxhNumber: string;
  /** As printed on documents: NFC, single spaces, words capitalised. */
  childFullName: string;
  officeCode: string;
  commitment: true;
  submissionId: string;
}

const childName = {
  required: { vi: "Vui lòng nhập họ và tên của con", en: "Please enter your child's full name" },
  format: {
    vi: "Họ và tên của con chỉ gồm chữ cái và dấu cách, như trên giấy khai sinh",
    en: "Your child's full name may contain only letters and spaces, as on the birth certificate",
  },
};

/** The child's BHXH number, which must not be the parent's own. */
function parseChildBhxhNumber(input: string, parentBhxhNumber: string): Parsed<string> {
  const parsed = parseBhxhNumber(input);
  if (parsed.ok && parsed.value === parentBhxhNumber) {
    return fail(
      "child_bhxh_number.self",
      "Đây là mã số BHXH của chính bạn. Vui lòng nhập mã số BHXH của con, in trên thẻ bảo hiểm y tế của con.",
      "This is your own social insurance number. Please enter your child's number, printed on the child's health insurance card.",
    );
  }
  return parsed;
}

/** The box "Tôi cam đoan…": the form sends "true" when it is ticked. */
function parseCommitment(input: string): Parsed<true> {
  return input.trim() === "true"
    ? ok(true)
    : fail(
        "commitment.required",
        "Vui lòng đánh dấu ô cam đoan: bạn là cha, mẹ hoặc người giám hộ của trẻ và thông tin đã khai là đúng sự thật.",
        "Please tick the declaration: you are the child's parent or guardian and the details given are true.",
      );
}

/**
 * Checks every text field of "Đăng ký tài khoản cho con" and reports all that fail at once, each as
 * `body.<field>` with a Vietnamese and an English message.
 */
export function validateChildRegistrationFields(
  form: ChildRegistrationForm,
  parentBhxhNumber: string,
): ParsedFields<ValidChildRegistrationFields> {
  const text = (field: ChildRegistrationTextField) => form.fields[field] ?? "";
  return collectFields({
    childBhxhNumber: parseChildBhxhNumber(text("childBhxhNumber"), parentBhxhNumber),
    childFullName: parsePersonName(text("childFullName"), childName),
    officeCode: parseOfficeCode(text("officeCode")),
    commitment: parseCommitment(text("commitment")),
    submissionId: parseSubmissionId(text("submissionId")),
  });
}
