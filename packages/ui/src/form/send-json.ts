import type { Locale } from "../i18n/locale";
import { asServerText, type ServerText } from "./server-text";

/** What a request that reached the API came back with: its status and its JSON body (null if it had none). */
export interface SentJson {
  ok: boolean;
  status: number;
  body: unknown;
  /** A refusal's `Retry-After` in seconds (a 429 says how long to wait), or null. */
  retryAfter: number | null;
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
export function sendJson(url: string, body: unknown, locale: Locale): Promise<SentJson | null> {
  return requestJson(url, locale, {
    method: "POST",
    headers: { "content-type": "application/json" },
    // Fastify refuses an empty body sent as JSON; a request without one sends `{}`.
    body: JSON.stringify(body ?? {}),
  });
}

/** GETs JSON, e.g. a public list; null as for sendJson. */
export function getJson(url: string, locale: Locale): Promise<SentJson | null> {
  return requestJson(url, locale, { method: "GET" });
}

async function requestJson(
  url: string,
  locale: Locale,
  { headers, ...init }: { method: string; headers?: Record<string, string>; body?: string },
): Promise<SentJson | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: {
        ...headers,
        accept: "application/json, application/problem+json",
        // The API words its messages (and problem details) in the language the person is reading.
        "accept-language": locale,
      },
    });
  } catch {
    return null;
  }
  if (response.status === 404) return null;
  // A 204, or a body that is not JSON, says nothing more than its status.
  const json: unknown = await response.json().catch(() => null);
  return {
    ok: response.ok,
    status: response.status,
    body: json,
    retryAfter: readRetryAfter(response.headers.get("retry-after")),
  };
}

/** `Retry-After` as whole seconds; the HTTP-date form is read too, as seconds from now. */
export function readRetryAfter(header: string | null): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone would
  // also take "-5" as a year.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
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
