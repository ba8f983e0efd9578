import type { Locale } from "@ansinh/ui";
import { useSyncExternalStore } from "react";
import { paths } from "../paths";
import { type DetailField, type Details, detailFields, validateDetails } from "./validate-details";

/** A text from the server, worded in both languages ({vi, en}); a plain string is shown as it is. */
export type ServerText = string | Readonly<Record<Locale, string>>;

export const photoSides = ["idFront", "idBack"] as const;
export type PhotoSide = (typeof photoSides)[number];

/** Every field of the form, named as the API names them (`body.<field>` in its problem details). */
export type RegistrationField = DetailField | PhotoSide | "officeCode";

interface Photo {
  /** The prepared JPEG that is sent. */
  blob: Blob;
  /** An object URL of `blob` for the previews; revoked when the photo is replaced or the form is done. */
  url: string;
}

/** What the server said about the last submission that it refused. */
export interface ServerProblem {
  detail: ServerText | null;
  fields: Partial<Record<RegistrationField, ServerText>>;
}

/** What the done page shows about a registration the server has accepted. */
export interface SentRegistration {
  dossierNumber: string;
  officeName: string;
  phone: string;
}

export interface RegistrationState {
  details: Details;
  photos: Partial<Record<PhotoSide, Photo>>;
  /** "" until an office is chosen (the office step preselects the person's province office). */
  officeCode: string;
  /**
   * The idempotency key of this form: made once and sent with every attempt, so a double tap or a
   * retry after a dropped connection makes one dossier. A new one is made after a success.
   */
  submissionId: string;
  /** Set by "Thay đổi" on the check page: the changed step then leads back there. */
  returnToCheck: boolean;
  /** The text fields came back from sessionStorage after a reload, without the ID number and photos. */
  restored: boolean;
  problem: ServerProblem | null;
  /** Counts refused submissions, so an error summary shown for a new reply mounts anew and takes focus. */
  problemCount: number;
  sent: SentRegistration | null;
}

// sessionStorage keeps the text fields through a reload of the tab, and is gone with the tab. The ID
// number is left out on purpose (with the registry it identifies a person; a shared or lost phone must
// not give it away), and so are the photos (ID card images; too large for storage anyway).
const storageKey = "ansinh.registration";
type StoredState = Pick<RegistrationState, "officeCode" | "submissionId" | "sent"> & {
  details: Omit<Details, "nationalId">;
};

function emptyDetails(): Details {
  return { bhxhNumber: "", fullName: "", nationalId: "", phone: "", email: "" };
}

function newSubmissionId(): string {
  // randomUUID needs a secure context; a phone on plain http (a test server on the LAN) lacks it.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function freshState(): RegistrationState {
  return {
    details: emptyDetails(),
    photos: {},
    officeCode: "",
    submissionId: newSubmissionId(),
    returnToCheck: false,
    restored: false,
    problem: null,
    problemCount: 0,
    sent: null,
  };
}

function readStored(): RegistrationState {
  const state = freshState();
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return state;
    const stored: Partial<StoredState> = JSON.parse(raw);
    for (const field of detailFields) {
      const value: unknown = stored.details && Reflect.get(stored.details, field);
      if (field !== "nationalId" && typeof value === "string") state.details[field] = value;
    }
    if (typeof stored.officeCode === "string") state.officeCode = stored.officeCode;
    if (typeof stored.submissionId === "string" && stored.submissionId !== "") {
      state.submissionId = stored.submissionId;
    }
    if (stored.sent && typeof stored.sent.dossierNumber === "string") state.sent = stored.sent;
    state.restored = Object.values(state.details).some((value) => value !== "");
  } catch {
    // Storage blocked or garbled: start afresh.
  }
  return state;
}

function writeStored(state: RegistrationState): void {
  const { nationalId: _left, ...details } = state.details;
  const stored: StoredState = {
    details,
    officeCode: state.officeCode,
    submissionId: state.submissionId,
    sent: state.sent,
  };
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(stored));
  } catch {
    // Private mode or full storage: the form still works, it just does not survive a reload.
  }
}

// The form lives outside React, so that it survives leaving the journey (e.g. to look up the BHXH
// number on the Tra cứu tab) and coming back, not only moving between its steps.
let state: RegistrationState = readStored();
const listeners = new Set<() => void>();

function update(change: (current: RegistrationState) => RegistrationState): void {
  state = change(state);
  writeStored(state);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegistration(): RegistrationState {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * A field's problem from the server goes away once the person changes that field, and the whole reply
 * once nothing of it is left. A reply about the form as a whole (an existing account, data that do not
 * match the registry) goes away with any change, since any change may be the fix.
 */
function withoutFieldProblem(problem: ServerProblem | null, field: RegistrationField): ServerProblem | null {
  if (!problem) return null;
  if (Object.keys(problem.fields).length === 0) return null;
  if (!problem.fields[field]) return problem;
  const { [field]: _fixed, ...fields } = problem.fields;
  return Object.keys(fields).length === 0 ? null : { ...problem, fields };
}

export function setDetail(field: DetailField, value: string): void {
  update((current) => ({
    ...current,
    details: { ...current.details, [field]: value },
    problem: withoutFieldProblem(current.problem, field),
  }));
}

export function setPhoto(side: PhotoSide, blob: Blob): void {
  update((current) => {
    const previous = current.photos[side];
    if (previous) URL.revokeObjectURL(previous.url);
    return {
      ...current,
      photos: { ...current.photos, [side]: { blob, url: URL.createObjectURL(blob) } },
      problem: withoutFieldProblem(current.problem, side),
    };
  });
}

export function setOfficeCode(officeCode: string): void {
  update((current) => ({
    ...current,
    officeCode,
    problem: withoutFieldProblem(current.problem, "officeCode"),
  }));
}

export function setReturnToCheck(returnToCheck: boolean): void {
  if (state.returnToCheck !== returnToCheck) update((current) => ({ ...current, returnToCheck }));
}

export function setProblem(problem: ServerProblem | null): void {
  update((current) => ({
    ...current,
    problem,
    problemCount: problem ? current.problemCount + 1 : current.problemCount,
  }));
}

/** After a success: the form starts afresh (with a new submission id); only the receipt is kept. */
export function markSent(sent: SentRegistration): void {
  update((current) => {
    for (const photo of Object.values(current.photos)) URL.revokeObjectURL(photo.url);
    return { ...freshState(), sent };
  });
}

export function detailsComplete(current: RegistrationState): boolean {
  return Object.keys(validateDetails(current.details)).length === 0;
}

export function photosComplete(current: RegistrationState): boolean {
  return photoSides.every((side) => current.photos[side] !== undefined);
}

/** The first step that still needs an answer, or null when the form can be checked and sent. */
export function firstIncompleteStep(current: RegistrationState): string | null {
  if (!detailsComplete(current)) return paths.register;
  if (!photosComplete(current)) return paths.registerPhotos;
  if (current.officeCode === "") return paths.registerOffice;
  return null;
}

/** Where "Tiếp tục" leads: the next step, or back to the check page when changing an answer there. */
export function stepAfter(current: RegistrationState, next: string): string {
  if (!current.returnToCheck) return next;
  return firstIncompleteStep(current) ?? paths.registerCheck;
}

/** The form as it is now, for code that runs outside rendering (e.g. sending it). */
export function currentRegistration(): RegistrationState {
  return state;
}
