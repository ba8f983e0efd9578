import {
  type FieldProblem,
  getJson,
  type Locale,
  readFieldProblems,
  readServerMessage,
  type SentJson,
  type ServerText,
  sendJson,
} from "@ansinh/ui";

/**
 * What a POST to the API came back with. The "answer" shape is the shared LoginReply's (so
 * LoginReplyNotice shows it), with the status, the problem's type and its per-field problems added.
 */
export type ApiReply =
  | { kind: "unavailable" }
  | {
      kind: "answer";
      ok: boolean;
      status: number;
      /** The problem's `type`, e.g. "/api/problems/rate_limited"; null for a success. */
      type: string | null;
      message: ServerText | null;
      problems: ServerText[];
      fields: FieldProblem[];
      body: unknown;
      /** How many seconds a refusal says to wait (a 429's Retry-After), or null. */
      retryAfter: number | null;
    };

export const unavailable: ApiReply = { kind: "unavailable" };

/**
 * POSTs JSON in the language being read. A network failure, a 404 (the endpoint is not deployed) or a
 * refusal without words all mean the same to the person: this cannot be done right now.
 */
export async function postJson(url: string, body: unknown, locale: Locale): Promise<ApiReply> {
  return replyOf(await sendJson(url, body, locale));
}

/** GETs JSON in the language being read (e.g. a public list), answered as postJson answers. */
export async function getReply(url: string, locale: Locale): Promise<ApiReply> {
  return replyOf(await getJson(url, locale));
}

/**
 * POSTs multipart/form-data (a chat message or a petition, with its picture), answered as postJson
 * answers. The browser sets the content type itself, with the parts' boundary.
 */
export async function postForm(url: string, form: FormData, locale: Locale): Promise<ApiReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json, application/problem+json", "accept-language": locale },
      body: form,
    });
  } catch {
    return unavailable;
  }
  if (response.status === 404) return unavailable;
  const body: unknown = await response.json().catch(() => null);
  return replyOf({ ok: response.ok, status: response.status, body, retryAfter: null });
}

function replyOf(sent: SentJson | null): ApiReply {
  if (!sent) return unavailable;
  // A success's words are the page's to say (it moves on, or reads the body itself).
  const message = sent.ok ? null : readServerMessage(sent.body);
  const fields = sent.ok ? [] : readFieldProblems(sent.body);
  if (!sent.ok && !message && fields.length === 0) return unavailable;
  const type: unknown =
    !sent.ok && typeof sent.body === "object" && sent.body !== null ? Reflect.get(sent.body, "type") : null;
  return {
    kind: "answer",
    ok: sent.ok,
    status: sent.status,
    type: typeof type === "string" ? type : null,
    message,
    problems: fields.map((problem) => problem.text),
    fields,
    body: sent.body,
    retryAfter: sent.ok ? null : sent.retryAfter,
  };
}

/** The server's words about one field of the request (e.g. "body.code"), joined in the language read. */
export function fieldText(reply: ApiReply | null, field: string, locale: Locale): string | undefined {
  if (reply?.kind !== "answer" || reply.ok) return undefined;
  const texts = reply.fields
    .filter((problem) => problem.field === field)
    .map(({ text }) => (typeof text === "string" ? text : text[locale]));
  return texts.length > 0 ? [...new Set(texts)].join(". ") : undefined;
}

/** A number the body says (e.g. `resendInSeconds`), or null. */
export function numberIn(body: unknown, key: string): number | null {
  if (typeof body !== "object" || body === null) return null;
  const value: unknown = Reflect.get(body, key);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A non-empty string the body says (e.g. `ticket`), or null. */
export function stringIn(body: unknown, key: string): string | null {
  if (typeof body !== "object" || body === null) return null;
  const value: unknown = Reflect.get(body, key);
  return typeof value === "string" && value !== "" ? value : null;
}
