import type { FormOf, FormShape } from "../registration/registration-form";

/**
 * "Đăng ký tài khoản cho con": the child's number and name, the office, the parent's declaration and
 * the submission id; a portrait photo of the child and a photo of the birth certificate.
 */
export const childRegistrationShape = {
  text: ["childBhxhNumber", "childFullName", "officeCode", "commitment", "submissionId"],
  files: ["childPortrait", "birthCertificate"],
} as const satisfies FormShape<string, string>;

export type ChildRegistrationForm = FormOf<typeof childRegistrationShape>;
export type ChildRegistrationTextField = (typeof childRegistrationShape.text)[number];
