import { asServerText, type Locale } from "@ansinh/ui";
import type { ServerText } from "../registration/registration-store";
import { childDetailsToSend } from "./child-steps";
import { type ChildField, type ChildForm, type ChildProblem, childPhotoFields } from "./child-store";

type SendReply =
  | { kind: "accepted"; dossierNumber: string; officeName: string }
  | { kind: "refused"; problem: ChildProblem }
  /** The session is gone (signed out elsewhere, expired): the person must sign in again. */
  | { kind: "signedOut" }
  /** No usable answer: offline, a dropped connection, or a server error without words. */
  | { kind: "unavailable" };

const fields: readonly ChildField[] = [
  "childBhxhNumber",
  "childFullName",
  "childPortrait",
  "birthCertificate",
  "officeCode",
  "commitment",
];

/**
 * POSTs the form to /api/child-registrations as multipart/form-data, the photos last. The same
 * submissionId goes with every attempt, so the server answers a repeat with the dossier it made.
 */
export async function sendChildRegistration(form: ChildForm, locale: Locale): Promise<SendReply> {
  const body = new FormData();
  body.set("submissionId", form.submissionId);
  for (const [field, value] of Object.entries(childDetailsToSend(form))) body.set(field, value);
  body.set("officeCode", form.officeCode);
  body.set("commitment", String(form.commitment));
  for (const field of childPhotoFields) {
    const photo = form.photos[field];
    if (photo) body.set(field, photo.blob, `${field}.jpg`);
  }
  let response: Response;
  try {
    response = await fetch("/api/child-registrations", {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json, application/problem+json", "accept-language": locale },
      body,
    });
  } catch {
    return { kind: "unavailable" };
  }
  const json: unknown = await response.json().catch(() => null);
  const answer = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  if (response.ok) {
    const office = answer.office as { name?: unknown } | undefined;
    return typeof answer.dossierNumber === "string"
      ? {
          kind: "accepted",
          dossierNumber: answer.dossierNumber,
          officeName: typeof office?.name === "string" ? office.name : "",
        }
      : { kind: "unavailable" };
  }
  if (response.status === 401) return { kind: "signedOut" };
  if (response.status === 404 || response.status >= 500) return { kind: "unavailable" };
  const problem = problemOf(answer);
  return problem ? { kind: "refused", problem } : { kind: "unavailable" };
}

/** RFC 9457: `detail` ({vi, en}) says what is wrong with the form; `errors` lists each field's problem. */
function problemOf(answer: Record<string, unknown>): ChildProblem | null {
  const problem: ChildProblem = {
    detail: asServerText(answer.detail) ?? asServerText(answer.title),
    fields: {},
  };
  const elsewhere: ServerText[] = [];
  for (const error of Array.isArray(answer.errors) ? answer.errors : []) {
    const text = asServerText(error);
    const name = String((error as { field?: unknown } | null)?.field ?? "").replace(/^body\./, "");
    const field = fields.find((known) => known === name);
    if (text && field) problem.fields[field] ??= text;
    else if (text) elsewhere.push(text);
  }
  // A problem about a field this form does not show is still worth reading: it goes with the message.
  if (elsewhere.length > 0) problem.detail = elsewhere[0] ?? problem.detail;
  return problem.detail || Object.keys(problem.fields).length > 0 ? problem : null;
}
