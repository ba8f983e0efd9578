import { foldVietnamese } from "@ansinh/domain";
import type { Guide } from "./guide-source";

/** Text as it is compared: folded (no marks, lower case) and with anything but letters and digits as spaces. */
function searchable(text: string): string {
  return ` ${foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/** The words of the Markdown a reader sees: a link's or picture's text, not its address. */
function markdownText(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, "]");
}

/**
 * The guides that match what was typed, best first: with or without Vietnamese marks, in any case
 * ("the bhyt" finds "thẻ BHYT"). A guide matches when the words typed appear together, at the start of
 * a word, anywhere in it; or when each of them starts a word of its title, summary or keywords (so
 * "bhyt the" still finds it). Those found in the title come first, then in the summary or keywords,
 * then in the text; then the guides' own order. Nothing typed lists every guide in order.
 */
export function searchGuides(guides: readonly Guide[], query: string): Guide[] {
  const byOrder = [...guides].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const phrase = searchable(query).trim();
  if (phrase === "") return byOrder;
  const words = phrase.split(" ");
  const startsWords = (text: string, term: string) => text.includes(` ${term}`);

  const scored = byOrder.flatMap((guide) => {
    const title = searchable(guide.title);
    const about = searchable(`${guide.summary} ${guide.keywords}`);
    const body = searchable(markdownText(guide.body));
    let score = 0;
    if (startsWords(title, phrase)) score = 4;
    else if (startsWords(about, phrase)) score = 3;
    else if (words.every((word) => startsWords(title, word) || startsWords(about, word))) score = 2;
    else if (startsWords(body, phrase)) score = 1;
    return score > 0 ? [{ guide, score }] : [];
  });
  // A stable sort keeps the guides' order among equals.
  return scored.sort((a, b) => b.score - a.score).map(({ guide }) => guide);
}
