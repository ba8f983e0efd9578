import { asServerText, type Locale } from "@ansinh/ui";
import type { RegistrationField, RegistrationState, ServerProblem, ServerText } from "./registration-store";
import { normaliseDetails } from "./validate-details";

type SubmitReply =
  | { kind: "accepted"; dossierNumber: string; officeName: string }
  /** Refused with a reason: per-field problems (a 400), or one message (409, the neutral mismatch, 429 …). */
  | { kind: "refused"; problem: ServerProblem }
  /** No usable answer: offline, a dropped connection, or a server error without words. */
  | { kind: "unavailable" };

const knownFields: readonly RegistrationField[] = [
  "bhxhNumber",
  "fullName",
  "nationalId",
  "phone",
  "email",
  "idFront",
  "idBack",
  "officeCode",
];

/**
 * POSTs the form as multipart/form-data with the photos. The same submissionId goes with every attempt,
 * so the server answers a repeat with the dossier it already made instead of making a second one.
 */
export async function submitRegistration(state: RegistrationState, locale: Locale): Promise<SubmitReply> {
  const details = normaliseDetails(state.details);
  const form = new FormData();
  form.set("submissionId", state.submissionId);
  form.set("bhxhNumber", details.bhxhNumber);
  form.set("fullName", details.fullName);
  form.set("nationalId", details.nationalId);
  form.set("phone", details.phone);
  if (details.email !== "") form.set("email", details.email);
  form.set("officeCode", state.officeCode);
  // Files last: a server that streams the body reads the small fields before the photos.
  for (const side of ["idFront", "idBack"] as const) {
    const photo = state.photos[side];
    if (photo) form.set(side, photo.blob, `${side}.jpg`);
  }

  let response: Response;
  try {
    response = await fetch("/api/registrations", {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json, application/problem+json", "accept-language": locale },
      body: form,
    });
  } catch {
    return { kind: "unavailable" };
  }
  const body = await readJson(response);
  if (response.ok) {
    const accepted = readAccepted(body);
    return accepted ? { kind: "accepted", ...accepted } : { kind: "unavailable" };
  }
  // A 404 (the endpoint is not deployed) or a server failure is nothing the person can fix by editing.
  if (response.status === 404 || response.status >= 500) return { kind: "unavailable" };
  const problem = readProblem(body);
  if (!problem) return { kind: "unavailable" };
  return { kind: "refused", problem };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function readAccepted(body: unknown): { dossierNumber: string; officeName: string } | null {
  if (typeof body !== "object" || body === null) return null;
  const dossierNumber: unknown = Reflect.get(body, "dossierNumber");
  const office: unknown = Reflect.get(body, "office");
  const officeName: unknown =
    typeof office === "object" && office !== null ? Reflect.get(office, "name") : null;
  if (typeof dossierNumber !== "string" || dossierNumber === "") return null;
  return { dossierNumber, officeName: typeof officeName === "string" ? officeName : "" };
}

// RFC 9457: the specific text is in `detail` (the AnSinh API words it {vi, en}), a generic one in
// `title`; a 400 lists each invalid field as {field: "body.<name>", code, vi, en}.
function readProblem(body: unknown): ServerProblem | null {
  if (typeof body !== "object" || body === null) return null;
  const detail = asServerText(Reflect.get(body, "detail")) ?? asServerText(Reflect.get(body, "title"));
  const fields: ServerProblem["fields"] = {};
  const unplaced: ServerText[] = [];
  const errors: unknown = Reflect.get(body, "errors");
  if (Array.isArray(errors)) {
    for (const error of errors) {
      const text = asServerText(error);
      if (!text) continue;
      const field = fieldOf(Reflect.get(error, "field"));
      if (field && !fields[field]) fields[field] = text;
      else if (!field) unplaced.push(text);
    }
  }
  // A problem about a field this form does not have is still worth reading: it joins the summary.
  const summary = [detail, ...unplaced].filter((text): text is ServerText => text !== null);
  if (summary.length === 0 && Object.keys(fields).length === 0) return null;
  return { detail: summary.length > 0 ? joinTexts(summary) : null, fields };
}

function fieldOf(path: unknown): RegistrationField | null {
  if (typeof path !== "string") return null;
  const name = path.split(".").pop();
  return knownFields.find((field) => field === name) ?? null;
}

function joinTexts(texts: ServerText[]): ServerText {
  if (texts.length === 1 && texts[0]) return texts[0];
  return {
    vi: texts.map((text) => textIn(text, "vi")).join(" "),
    en: texts.map((text) => textIn(text, "en")).join(" "),
  };
}

export function textIn(text: ServerText, locale: Locale): string {
  return typeof text === "string" ? text : text[locale];
}
