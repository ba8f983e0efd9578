import { stripVietnameseMarks } from "@ansinh/domain";

/**
 * SMS go out in ASCII without marks, as VSS's own messages do: one Vietnamese letter outside GSM-7
 * turns the whole message into UCS-2, which cuts a segment from 160 to 70 characters and on some
 * phones shows boxes instead of letters. Anything that is still not ASCII once the marks are gone is
 * a mistake in the message template, so it is refused rather than sent garbled.
 */
export function toSmsText(s: string): string {
  const text = stripVietnameseMarks(s);
  const foreign = /[^\p{ASCII}]/u.exec(text)?.[0];
  if (foreign !== undefined) {
    const codePoint = `U+${foreign.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    throw new Error(
      `SMS text must be ASCII once Vietnamese marks are removed; found "${foreign}" (${codePoint})`,
    );
  }
  return text;
}
