import type { FieldError } from "../parsed";
import data from "./common-passwords.json" with { type: "json" };

const COMMON = new Set(data.passwords);
export const MIN_PASSWORD_LENGTH = 8;

/**
 * The rules for a citizen's new password (issue 3): at least 8 characters, not one of the commonly
 * used passwords, and not the BHXH number (nor the ID number), which anyone who knows the person has.
 * Returns every rule broken, each with its Vietnamese and English message.
 */
export function checkNewPassword(
  password: string,
  person: { bhxhNumber: string; nationalId?: string },
): FieldError[] {
  const problems: FieldError[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({
      code: "password.too_short",
      vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
      en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  if (COMMON.has(password.toLowerCase())) {
    problems.push({
      code: "password.common",
      vi: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác",
      en: "This password is too common and easy to guess. Choose another one",
    });
  }
  const digits = password.replace(/\D/g, "");
  if (password.includes(person.bhxhNumber) || (person.nationalId && digits.includes(person.nationalId))) {
    problems.push({
      code: "password.personal_number",
      vi: "Mật khẩu không được chứa mã số BHXH hoặc số CCCD của bạn",
      en: "The password must not contain your social insurance number or ID number",
    });
  }
  return problems;
}
