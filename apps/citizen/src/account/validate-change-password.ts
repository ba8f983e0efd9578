export const changePasswordFields = ["currentPassword", "newPassword", "repeatPassword"] as const;
export type ChangePasswordField = (typeof changePasswordFields)[number];

type ChangePasswordErrorKey =
  | "changePassword.current.required"
  | "changePassword.new.required"
  | "changePassword.new.short"
  | "changePassword.repeat.required"
  | "changePassword.repeat.different";

/** The shortest password the server accepts; its other rules (common words, the BHXH number) are its own. */
const minimumPasswordLength = 8;

export function validateChangePassword(
  values: Record<ChangePasswordField, string>,
): Partial<Record<ChangePasswordField, ChangePasswordErrorKey>> {
  const errors: Partial<Record<ChangePasswordField, ChangePasswordErrorKey>> = {};
  if (values.currentPassword === "") errors.currentPassword = "changePassword.current.required";
  return { ...errors, ...validateNewPassword(values) };
}

/** The new password typed twice, as the change and the reset of a forgotten password both ask for it. */
export function validateNewPassword(
  values: Record<"newPassword" | "repeatPassword", string>,
): Partial<Record<"newPassword" | "repeatPassword", ChangePasswordErrorKey>> {
  const errors: Partial<Record<"newPassword" | "repeatPassword", ChangePasswordErrorKey>> = {};
  // Counted in characters, not UTF-16 units, as a person counts them.
  if (values.newPassword === "") errors.newPassword = "changePassword.new.required";
  else if ([...values.newPassword].length < minimumPasswordLength)
    errors.newPassword = "changePassword.new.short";
  if (values.repeatPassword === "") errors.repeatPassword = "changePassword.repeat.required";
  else if (values.repeatPassword !== values.newPassword)
    errors.repeatPassword = "changePassword.repeat.different";
  return errors;
}
