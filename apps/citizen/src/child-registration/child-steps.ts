import { paths } from "../paths";
import { digitsOf } from "../registration/validate-details";
import { type ChildDetailField, type ChildForm, childPhotoFields } from "./child-store";
import type { ChildMessageKey } from "./i18n/messages";

const maxNameLength = 100;

/** The child's number without the spaces people copy from cards, and the name tidied, as they are sent. */
export function childDetailsToSend(form: ChildForm): Record<ChildDetailField, string> {
  return {
    childBhxhNumber: digitsOf(form.details.childBhxhNumber),
    childFullName: form.details.childFullName.normalize("NFC").trim().replace(/\s+/g, " "),
  };
}

/**
 * What is wrong with step 1, by field. Only the shape is checked here (and that the number is not the
 * parent's own); whether the child is in the parent's household is for the server to say.
 */
export function childDetailErrors(
  form: ChildForm,
  parentBhxhNumber: string,
): Partial<Record<ChildDetailField, ChildMessageKey>> {
  const { childBhxhNumber, childFullName } = childDetailsToSend(form);
  const errors: Partial<Record<ChildDetailField, ChildMessageKey>> = {};
  if (childBhxhNumber === "") errors.childBhxhNumber = "details.childBhxhNumber.required";
  else if (!/^\d{10}$/.test(childBhxhNumber)) errors.childBhxhNumber = "details.childBhxhNumber.format";
  else if (childBhxhNumber === parentBhxhNumber) errors.childBhxhNumber = "details.childBhxhNumber.self";
  if (childFullName === "") errors.childFullName = "details.childFullName.required";
  else if (childFullName.length >= maxNameLength) errors.childFullName = "details.childFullName.tooLong";
  return errors;
}

const childPhotosComplete = (form: ChildForm) => childPhotoFields.every((field) => form.photos[field]);

/** The first step that still needs an answer, or null when the form can be checked and sent. */
export function firstIncompleteChildStep(form: ChildForm, parentBhxhNumber: string): string | null {
  if (Object.keys(childDetailErrors(form, parentBhxhNumber)).length > 0) return paths.childRegister;
  if (!childPhotosComplete(form)) return paths.childRegisterPhotos;
  if (form.officeCode === "") return paths.childRegisterOffice;
  return null;
}

/** Where "Tiếp tục" leads: the next step, or back to the check page when changing an answer there. */
export function childStepAfter(form: ChildForm, parentBhxhNumber: string, next: string): string {
  if (!form.returnToCheck) return next;
  return firstIncompleteChildStep(form, parentBhxhNumber) ?? paths.childRegisterCheck;
}
