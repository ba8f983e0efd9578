import type { Locale } from "../i18n/locale";

/** What a sign-in attempt came back with: the server's own words, or nothing usable. */
export type LoginReply = { kind: "unavailable" } | { kind: "answer"; ok: boolean; message: string };

const unavailable: LoginReply = { kind: "unavailable" };

/**
 * POSTs the credentials as JSON. A network failure, a 404 (the endpoint is not deployed yet) or a body
 * without a message all mean the same to the user: sign-in cannot be done right now.
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
  const message = await readMessage(response);
  return message ? { kind: "answer", ok: response.ok, message } : unavailable;
}

// RFC 9457 problem details carry the specific text in `detail` and a generic one in `title`;
// a success body is expected to say `message`.
async function readMessage(response: Response): Promise<string | null> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  for (const field of ["detail", "message", "title"]) {
    const value: unknown = Reflect.get(body, field);
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}
