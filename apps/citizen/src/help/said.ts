import type { LocalText } from "@ansinh/domain";
import { fillText } from "@ansinh/ui";
import type { ApiReply } from "../account/api-reply";
import type { Said } from "../services/refusal";
import { en } from "./i18n/en";
import type { HelpMessageKey } from "./i18n/messages";
import { vi } from "./i18n/vi";

/**
 * One of "Trợ giúp"'s texts in both languages, its placeholders filled, for a notice that follows a
 * switch of language.
 */
export function helpText(key: HelpMessageKey, values: Readonly<Record<string, number>> = {}): LocalText {
  return { vi: fillText(vi[key], values), en: fillText(en[key], values) };
}

/**
 * Why a request was refused, in one notice: the server's message and its per-field problems (those
 * the page does not show at a field of its own), or `fallback` when there is no answer with words;
 * null when everything the server said is shown at the fields.
 */
export function refusalNotice(
  reply: ApiReply,
  fallback: HelpMessageKey,
  shownAtFields: readonly string[] = [],
): Said | null {
  if (reply.kind !== "answer") return helpText(fallback);
  const texts: Said[] = [
    ...(reply.message ? [reply.message] : []),
    ...reply.fields
      .filter((problem) => !shownAtFields.includes(problem.field))
      .map((problem) => problem.text),
  ];
  if (texts.length === 0) return reply.fields.length > 0 ? null : helpText(fallback);
  const inLanguage = (locale: "vi" | "en") =>
    [...new Set(texts.map((said) => (typeof said === "string" ? said : said[locale])))].join(" ");
  return { vi: inLanguage("vi"), en: inLanguage("en") };
}
