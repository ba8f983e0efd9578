export const staffLoginFields = ["identifier", "password", "code"] as const;
type StaffLoginField = (typeof staffLoginFields)[number];

type StaffLoginErrorKey =
  | "login.identifier.required"
  | "login.identifier.format"
  | "login.password.required"
  | "login.code.required"
  | "login.code.format";

// Only the shape is checked here (something@domain.tld); whether the account exists is the server's call.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const totpPattern = /^\d{6}$/;

/** Authenticator apps show the code as "123 456"; people type it the same way. */
export function normaliseCode(raw: string): string {
  return raw.replace(/\s/g, "");
}

export function validateStaffLogin(
  values: Record<StaffLoginField, string>,
): Partial<Record<StaffLoginField, StaffLoginErrorKey>> {
  const errors: Partial<Record<StaffLoginField, StaffLoginErrorKey>> = {};
  const identifier = values.identifier.trim();
  if (identifier === "") errors.identifier = "login.identifier.required";
  else if (identifier.includes("@") && !emailPattern.test(identifier))
    errors.identifier = "login.identifier.format";
  if (values.password === "") errors.password = "login.password.required";
  const code = normaliseCode(values.code);
  if (code === "") errors.code = "login.code.required";
  else if (!totpPattern.test(code)) errors.code = "login.code.format";
  return errors;
}
