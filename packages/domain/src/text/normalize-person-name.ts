import { toNfc } from "./to-nfc";

/**
 * Puts a person's name in the form printed on Vietnamese documents: NFC, single spaces, every word
 * capitalised and the rest lower-case ("nguyễn văn  an" → "Nguyễn Văn An").
 *
 * A letter right after an apostrophe or hyphen is capitalised too, because several ethnic-minority
 * names are written that way ("h'hen niê" → "H'Hen Niê").
 */
export function normalizePersonName(s: string): string {
  return toNfc(s)
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_match, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
