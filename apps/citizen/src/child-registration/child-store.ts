import { useSyncExternalStore } from "react";
import type { ServerText } from "../registration/registration-store";

export const childDetailFields = ["childBhxhNumber", "childFullName"] as const;
export type ChildDetailField = (typeof childDetailFields)[number];

export const childPhotoFields = ["childPortrait", "birthCertificate"] as const;
export type ChildPhotoField = (typeof childPhotoFields)[number];

/** Every field of the form, named as the API names them (`body.<field>` in its problem details). */
export type ChildField = ChildDetailField | ChildPhotoField | "officeCode" | "commitment";

/** What the server said about the last submission it refused: a message, and each field's own. */
export interface ChildProblem {
  detail: ServerText | null;
  fields: Partial<Record<ChildField, ServerText>>;
}

export interface ChildForm {
  details: Record<ChildDetailField, string>;
  /** The prepared JPEGs, with an object URL each for the previews (revoked when replaced or sent). */
  photos: Partial<Record<ChildPhotoField, { blob: Blob; url: string }>>;
  /** "" until the office step preselects the parent's province office. */
  officeCode: string;
  commitment: boolean;
  /** The idempotency key: the same for every attempt, so a double tap or a retry makes one dossier. */
  submissionId: string;
  /** Set by "Thay đổi" on the check page: the changed step then leads back there. */
  returnToCheck: boolean;
  problem: ChildProblem | null;
  /** Counts refused submissions, so that each error summary mounts anew and takes focus. */
  problemCount: number;
  /** The receipt once the server has accepted the form. */
  sent: { dossierNumber: string; officeName: string } | null;
}

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN): a blob URL ends in one. */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

function blank(): ChildForm {
  return {
    details: { childBhxhNumber: "", childFullName: "" },
    photos: {},
    officeCode: "",
    commitment: false,
    submissionId: newSubmissionId(),
    returnToCheck: false,
    problem: null,
    problemCount: 0,
    sent: null,
  };
}

// Kept in memory for the tab's life, so leaving the journey (to look a number up) and coming back keeps
// what was typed. Nothing is written to storage: the photos are a child's, on what may be a shared phone.
let form: ChildForm = blank();
const listeners = new Set<() => void>();

function change(next: (current: ChildForm) => Partial<ChildForm>): void {
  form = { ...form, ...next(form) };
  for (const listener of listeners) listener();
}

export function useChildForm(): ChildForm {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => form,
  );
}

/** The form as it is now, for code that runs outside rendering. */
export function currentChildForm(): ChildForm {
  return form;
}

/**
 * Changing a field clears the server's word about it; a message about the form as a whole (not in the
 * household, an account already) goes with any change, since any change may be the fix.
 */
function answered(problem: ChildProblem | null, field: ChildField): ChildProblem | null {
  if (!problem || Object.keys(problem.fields).length === 0) return null;
  if (!problem.fields[field]) return problem;
  const { [field]: _fixed, ...fields } = problem.fields;
  return Object.keys(fields).length > 0 ? { ...problem, fields } : null;
}

export function setChildDetail(field: ChildDetailField, value: string): void {
  change((current) => ({
    details: { ...current.details, [field]: value },
    problem: answered(current.problem, field),
  }));
}

export function setChildPhoto(field: ChildPhotoField, blob: Blob): void {
  change((current) => {
    const previous = current.photos[field];
    if (previous) URL.revokeObjectURL(previous.url);
    return {
      photos: { ...current.photos, [field]: { blob, url: URL.createObjectURL(blob) } },
      problem: answered(current.problem, field),
    };
  });
}

export function setChildOffice(officeCode: string): void {
  change((current) => ({ officeCode, problem: answered(current.problem, "officeCode") }));
}

export function setCommitment(commitment: boolean): void {
  change((current) => ({ commitment, problem: answered(current.problem, "commitment") }));
}

export function setReturnToCheck(returnToCheck: boolean): void {
  if (form.returnToCheck !== returnToCheck) change(() => ({ returnToCheck }));
}

export function setChildProblem(problem: ChildProblem): void {
  change((current) => ({ problem, problemCount: current.problemCount + 1 }));
}

/** After a success the form starts afresh, with a new submission id; only the receipt is kept. */
export function markChildSent(sent: NonNullable<ChildForm["sent"]>): void {
  change((current) => {
    for (const photo of Object.values(current.photos)) URL.revokeObjectURL(photo.url);
    return { ...blank(), sent };
  });
}
