import type { Locale } from "../i18n/locale";
import { readFieldProblems, readServerMessage, sendJson } from "./send-json";
import type { ServerText } from "./server-text";

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
  const sent = await sendJson(url, body, locale);
  if (!sent) return unavailable;
  const message = readServerMessage(sent.body);
  const problems = readFieldProblems(sent.body).map((problem) => problem.text);
  if (!sent.ok && !message && problems.length === 0) return unavailable;
  return { kind: "answer", ok: sent.ok, message, problems, body: sent.body };
}
