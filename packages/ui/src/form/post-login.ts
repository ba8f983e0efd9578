import type { Locale } from "../i18n/locale";
import { asServerText, type ServerText } from "./server-text";

/** What a sign-in attempt came back with: the server's own words, or nothing usable. */
export type LoginReply =
  | { kind: "unavailable" }
  | {
      kind: "answer";
      ok: boolean;
      /** Null for a success that says nothing (e.g. a bare profile): the page moves on instead. */
      message: ServerText | null;
      /** Per-field problems of a refused request (problem+json `errors`), in the server's order. */
      problems: ServerText[];
      /** The parsed JSON body (e.g. the signed-in profile), or null. */
      body: unknown;
    };

const unavailable: LoginReply = { kind: "unavailable" };

export function textIn(text: ServerText, locale: Locale): string {
  return typeof text === "string" ? text : text[locale];
}

/**
 * POSTs the credentials as JSON. A network failure, a 404 (the endpoint is not deployed yet) or a
 * refusal without a message all mean the same to the user: sign-in cannot be done right now.
 */
export async function postLogin(
  url: string,
  body: Record<string, string>,
  locale: Locale,
): Promise<LoginReply> {
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
      body: JSON.stringify(body),
    });
  } catch {
    return unavailable;
  }
  if (response.status === 404) return unavailable;
  const reply = await readBody(response);
  const message = readMessage(reply);
  const problems = readProblems(reply);
  if (!response.ok && !message && problems.length === 0) return unavailable;
  return { kind: "answer", ok: response.ok, message, problems, body: reply };
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

// RFC 9457 problem details carry the specific text in `detail` and a generic one in `title`;
// a success body may say `message`.
function readMessage(body: unknown): ServerText | null {
  if (typeof body !== "object" || body === null) return null;
  for (const field of ["detail", "message", "title"]) {
    const text = asServerText(Reflect.get(body, field));
    if (text) return text;
  }
  return null;
}

// The AnSinh API lists each invalid field of a 400 as {field, code, vi, en}.
function readProblems(body: unknown): ServerText[] {
  if (typeof body !== "object" || body === null) return [];
  const errors: unknown = Reflect.get(body, "errors");
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    const text = asServerText(error);
    return text ? [text] : [];
  });
}
