/** The text fields of the registration form, in the order the form asks for them. */
export const registrationTextFields = [
  "bhxhNumber",
  "fullName",
  "nationalId",
  "phone",
  "email",
  "officeCode",
  "submissionId",
] as const;

/** The photos of the ID card (CCCD or CMND), front and back. */
export const registrationFileFields = ["idFront", "idBack"] as const;

export type RegistrationTextField = (typeof registrationTextFields)[number];
export type RegistrationFileField = (typeof registrationFileFields)[number];

/** The form as it arrived: text as typed, files as uploaded; nothing is checked yet. */
export interface RegistrationForm {
  fields: Partial<Record<RegistrationTextField, string>>;
  files: Partial<Record<RegistrationFileField, Buffer>>;
}
