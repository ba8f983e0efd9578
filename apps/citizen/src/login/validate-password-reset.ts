import { validateIdentifier } from "./validate-login";

export const passwordResetFields = ["identifier", "phone"] as const;
type PasswordResetField = (typeof passwordResetFields)[number];

type PasswordResetErrorKey =
  | "login.identifier.required"
  | "login.identifier.format"
  | "forgotPassword.phone.required"
  | "forgotPassword.phone.format";

// Vietnamese mobile numbers: 10 digits, 03x, 05x, 07x, 08x or 09x.
const mobilePattern = /^0[35789]\d{8}$/;

/** "+84 904 123 456", "84904123456" and "0904.123.456" are all the number the server knows as 0904123456. */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/[\s.\-()]/g, "");
  if (/^\+84\d{9}$/.test(digits)) return `0${digits.slice(3)}`;
  if (/^84\d{9}$/.test(digits)) return `0${digits.slice(2)}`;
  return digits;
}

/** The number as the login form checks it, and the registered phone; whether they match is the server's to say. */
export function validatePasswordReset(
  values: Record<PasswordResetField, string>,
): Partial<Record<PasswordResetField, PasswordResetErrorKey>> {
  const identifier = validateIdentifier(values.identifier);
  const errors: Partial<Record<PasswordResetField, PasswordResetErrorKey>> = identifier ? { identifier } : {};
  const phone = normalisePhone(values.phone);
  if (phone === "") errors.phone = "forgotPassword.phone.required";
  else if (!mobilePattern.test(phone)) errors.phone = "forgotPassword.phone.format";
  return errors;
}
