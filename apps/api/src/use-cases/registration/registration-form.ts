/** A multipart form as it arrived: text as typed, files as uploaded; nothing is checked yet. */
export interface SubmittedForm<Text extends string, File extends string> {
  fields: Partial<Record<Text, string>>;
  files: Partial<Record<File, Buffer>>;
}

/** The fields a dossier form may carry: what the route reads, and what its multipart limits are sized for. */
export interface FormShape<Text extends string, File extends string> {
  text: readonly Text[];
  files: readonly File[];
}

/** The form a shape describes, as it arrived. */
export type FormOf<Shape> =
  Shape extends FormShape<infer Text, infer File> ? SubmittedForm<Text, File> : never;

/** Registration: the text fields in the order the form asks for them, and both sides of the ID card. */
export const registrationShape = {
  text: ["bhxhNumber", "fullName", "nationalId", "phone", "email", "officeCode", "submissionId"],
  files: ["idFront", "idBack"],
} as const satisfies FormShape<string, string>;

export type RegistrationForm = FormOf<typeof registrationShape>;
export type RegistrationTextField = (typeof registrationShape.text)[number];
