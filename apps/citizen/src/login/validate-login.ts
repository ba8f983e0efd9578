export const loginFields = ["identifier", "password"] as const;
type LoginField = (typeof loginFields)[number];

type LoginErrorKey = "login.identifier.required" | "login.identifier.format" | "login.password.required";

// A mã số BHXH has 10 digits, a CCCD 12, and the older CMND 9. Only the shape is checked here, not
// @ansinh/domain's full parsers: those also reject CCCD province codes missing from our list, and
// whether a number can sign in is for the server to say, not a reason to block the form.
const identifierPattern = /^(?:\d{9}|\d{10}|\d{12})$/;

/** People copy numbers from cards with spaces, dots or dashes between the groups; only the digits matter. */
export function normaliseIdentifier(raw: string): string {
  return raw.replace(/[\s.-]/g, "");
}

/** The BHXH, CCCD or CMND number as typed: missing, or not one of those shapes. */
export function validateIdentifier(
  raw: string,
): "login.identifier.required" | "login.identifier.format" | undefined {
  const identifier = normaliseIdentifier(raw);
  if (identifier === "") return "login.identifier.required";
  if (!identifierPattern.test(identifier)) return "login.identifier.format";
  return undefined;
}

export function validateLogin(
  values: Record<LoginField, string>,
): Partial<Record<LoginField, LoginErrorKey>> {
  const errors: Partial<Record<LoginField, LoginErrorKey>> = {};
  const identifier = validateIdentifier(values.identifier);
  if (identifier) errors.identifier = identifier;
  // Passwords are checked as typed: spaces may be part of them.
  if (values.password === "") errors.password = "login.password.required";
  return errors;
}
