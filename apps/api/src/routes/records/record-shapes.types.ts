import { z } from "zod";

/** Shapes shared by the records routes (the citizen's and the staff view of a person). */
export const bilingualText = z.object({ vi: z.string(), en: z.string() });

export const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

/** When the server read the data: the app shows "cập nhật lúc …" from it. */
export const asOf = z.iso.datetime().describe("When the server read the data (ISO timestamp)");

export const isoDate = z.iso.date();
export const yearMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .describe("yyyy-mm");
export const vnd = z.number().int().describe("Whole đồng");

/** A name from a reference list, "" when the list does not hold the code (shown as the code alone). */
export const named = z.object({ code: z.string(), name: z.string() });
export const nameOf = (code: string, name: string | null) => ({ code: code.trim(), name: name ?? "" });

/**
 * Characters nobody types into a note or a reason: C0 controls and DEL. PostgreSQL text cannot hold
 * NUL at all (the insert would fail with a 500), and the others garble the log and the staff screens.
 * Line feed and tab are kept where text may span lines.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
const CONTROL_CHARACTERS_BUT_LINES = /[\x00-\x08\x0b-\x1f\x7f]/;

/**
 * A string schema for free text typed by a person, refused with a per-field 400 (in both languages)
 * when it holds control characters; chain the field's own checks (trim, length) after it. `label`
 * names the field at the start of a sentence ("Ghi chú" / "The note"); `notText` is the message when
 * the value is not a string at all. Multi-line text keeps line feeds and tabs, and reads a Windows
 * line break ("\r\n") as a line feed, so a note pasted from a Windows program is not refused for its
 * line ends (a lone "\r" still is).
 */
export function plainText(
  label: { vi: string; en: string },
  { multiLine = false, notText }: { multiLine?: boolean; notText?: string } = {},
) {
  const message = multiLine
    ? bilingual(
        `${label.vi} có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu, dấu cách và xuống dòng`,
        `${label.en} contains hidden control characters; use only letters, digits, punctuation, spaces and line breaks`,
      )
    : bilingual(
        `${label.vi} có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu và dấu cách`,
        `${label.en} contains hidden control characters; use only letters, digits, punctuation and spaces`,
      );
  const text = z.string(notText);
  if (!multiLine) return text.refine((s) => !CONTROL_CHARACTERS.test(s), message);
  return text
    .overwrite((s) => s.replaceAll("\r\n", "\n"))
    .refine((s) => !CONTROL_CHARACTERS_BUT_LINES.test(s), message);
}
