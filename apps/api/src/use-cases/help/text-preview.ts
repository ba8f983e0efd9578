/** How much of a message or petition a list shows: one line on a phone or in a table cell. */
const PREVIEW_LENGTH = 80;

/**
 * Six digits or more, maybe grouped by spaces or hyphens ("001 234 567 890"): an ID card, BHXH or
 * phone number a citizen may have typed. Dots are left out so that amounts ("1.500.000 đồng") stay.
 */
const NUMBER_RUN = /\d(?:[ -]?\d){5,}/g;

/**
 * A text as a list shows it: on one line, numbers that may identify someone masked (lists are not
 * written to the access log, so they must not show personal data the opened item would), and at most
 * PREVIEW_LENGTH characters, cut at a character (never inside a surrogate pair) with "…".
 */
export function previewText(text: string): string {
  const line = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(NUMBER_RUN, (run) => run.replace(/\d/g, "*"));
  const chars = Array.from(line);
  return chars.length <= PREVIEW_LENGTH ? line : `${chars.slice(0, PREVIEW_LENGTH - 1).join("")}…`;
}
