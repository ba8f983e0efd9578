import type { Locale } from "../i18n/locale";
import { asServerText, type ServerText } from "./server-text";

/** What a POST that reached the API came back with: its status and its JSON body (null if it had none). */
interface SentJson {
  ok: boolean;
  status: number;
  body: unknown;
}

/** One invalid part of a refused request, as problem+json `errors` lists it ({field, code, vi, en}). */
export interface FieldProblem {
  /** Where the API found it, e.g. "body.code"; "" when it does not say. */
  field: string;
  code: string | null;
  text: ServerText;
}

/**
 * POSTs JSON. Null when it reached no deployed endpoint (a network failure, or a 404): all the person
 * can be told then is that this cannot be done right now.
 */
export async function sendJson(url: string, body: unknown, locale: Locale): Promise<SentJson | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "content-type": "application/json",
        accept: "application/json, application/problem+json",
        // The API words its messages (and problem details) in the language the person is reading.
        "accept-language": locale,
      },
      // Fastify refuses an empty body sent as JSON; a request without one sends `{}`.
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    return null;
  }
  if (response.status === 404) return null;
  // A 204, or a body that is not JSON, says nothing more than its status.
  const json: unknown = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body: json };
}

/**
 * The message of a reply body. RFC 9457 problem details carry the specific text in `detail` and a
 * generic one in `title`; a success body may say `message`.
 */
export function readServerMessage(body: unknown): ServerText | null {
  if (typeof body !== "object" || body === null) return null;
  for (const field of ["detail", "message", "title"]) {
    const text = asServerText(Reflect.get(body, field));
    if (text) return text;
  }
  return null;
}

/** The per-field problems of a refused request, in the server's order. */
export function readFieldProblems(body: unknown): FieldProblem[] {
  if (typeof body !== "object" || body === null) return [];
  const errors: unknown = Reflect.get(body, "errors");
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    const text = asServerText(error);
    if (!text) return [];
    // A bare string (the AnSinh API sends none) names no field.
    const { field, code }: { field?: unknown; code?: unknown } =
      typeof error === "object" && error !== null ? error : {};
    return [
      { field: typeof field === "string" ? field : "", code: typeof code === "string" ? code : null, text },
    ];
  });
}
