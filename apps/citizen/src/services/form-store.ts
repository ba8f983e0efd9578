import type { LocalText } from "@ansinh/domain";
import { useSyncExternalStore } from "react";
import type { FieldErrors } from "./answers";

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN): a blob URL ends in one. */
export function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

/** One application being filled in: the form page and its check page share it. */
export interface ServiceForm {
  serviceCode: string;
  /** The draft this continues (set once "Lưu nháp" has saved it, or when one is reopened), or null. */
  draftId: string | null;
  values: Record<string, string>;
  /**
   * The idempotency key of creating the request: the same for every attempt of this application, so a
   * double tap or a retry after a lost answer makes one request. A new one comes with a new form.
   */
  submissionKey: string;
  /** The problems found by the browser or the server, by field. */
  errors: FieldErrors;
  /** The server's word about the whole form (not a field's), e.g. "not available to you". */
  detail: LocalText | string | null;
  /** Counts failed attempts: the error summary's key, so that it takes focus each time. */
  attempts: number;
  /** When "Lưu nháp" last saved, for the notice under the form. */
  savedAt: string | null;
}

function blank(serviceCode: string, draftId: string | null, values: Record<string, string>): ServiceForm {
  return {
    serviceCode,
    draftId,
    values,
    submissionKey: newKey(),
    errors: {},
    detail: null,
    attempts: 0,
    savedAt: null,
  };
}

// In memory for the tab's life: leaving the form (to look something up) and coming back keeps what was
// typed; "Lưu nháp" is how an application outlives the tab. Nothing is written to the phone's storage.
let form: ServiceForm | null = null;
const listeners = new Set<() => void>();

function publish(next: ServiceForm | null): void {
  form = next;
  for (const listener of listeners) listener();
}

export function useServiceForm(): ServiceForm | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => form,
  );
}

export function currentServiceForm(): ServiceForm | null {
  return form;
}

/**
 * Starts the form for a service (and a reopened draft, with its answers), unless that one is already
 * being filled in here: coming back from the check page keeps what was typed.
 */
export function openServiceForm(
  serviceCode: string,
  draftId: string | null,
  values: Record<string, string>,
): void {
  if (form && form.serviceCode === serviceCode && (draftId === null || form.draftId === draftId)) return;
  publish(blank(serviceCode, draftId, values));
}

/** Changing an answer clears the word about it; a word about the whole form goes with any change. */
export function setValue(name: string, value: string): void {
  if (!form) return;
  const { [name]: _fixed, ...errors } = form.errors;
  publish({ ...form, values: { ...form.values, [name]: value }, errors, detail: null });
}

export function setProblems(errors: FieldErrors, detail: ServiceForm["detail"]): void {
  if (!form) return;
  publish({ ...form, errors, detail, attempts: form.attempts + 1 });
}

export function clearProblems(): void {
  if (!form) return;
  publish({ ...form, errors: {}, detail: null });
}

export function markSaved(draftId: string, savedAt: string): void {
  if (!form) return;
  publish({ ...form, draftId, savedAt, errors: {}, detail: null });
}

/** Sent: the next application starts blank, with a key of its own. */
export function closeServiceForm(): void {
  publish(null);
}
