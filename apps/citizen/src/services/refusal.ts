import type { LocalText } from "@ansinh/domain";
import type { Locale } from "@ansinh/ui";
import type { ApiReply } from "../account/api-reply";
import { answerProblems, type FieldErrors } from "./answers";
import { en } from "./i18n/en";
import type { ServicesMessageKey } from "./i18n/messages";
import { vi } from "./i18n/vi";

/** A text of the server ({vi, en}, or a plain string) or of this app, as a notice shows it. */
export type Said = LocalText | string;

export function textOf(said: Said, locale: Locale): string {
  return typeof said === "string" ? said : said[locale];
}

/** One of this app's texts in both languages, for a notice that follows a switch of language. */
export function bothLanguages(key: ServicesMessageKey): LocalText {
  return { vi: vi[key], en: en[key] };
}

/**
 * A refused request as the form shows it: each answer's problem at its question, and the rest — the
 * server's message, problems of other parts of the request — above the list. `unavailable` is said
 * when there is no answer with words (offline, a server failure).
 */
export function refusalOf(
  reply: ApiReply,
  unavailable: ServicesMessageKey,
): { errors: FieldErrors; detail: Said | null } {
  if (reply.kind !== "answer") return { errors: {}, detail: bothLanguages(unavailable) };
  const errors = answerProblems(reply.fields);
  const unplaced = reply.fields.filter((problem) => !/^(?:body\.)?answers\./.test(problem.field));
  const texts: Said[] = [
    ...(reply.message ? [reply.message] : []),
    ...unplaced.map((problem) => problem.text),
  ];
  return { errors, detail: texts.length === 0 ? null : joined(texts) };
}

function joined(texts: readonly Said[]): Said {
  if (texts.length === 1 && texts[0] !== undefined) return texts[0];
  return {
    vi: [...new Set(texts.map((text) => textOf(text, "vi")))].join(" "),
    en: [...new Set(texts.map((text) => textOf(text, "en")))].join(" "),
  };
}
