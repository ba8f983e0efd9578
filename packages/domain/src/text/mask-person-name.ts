import { normalizePersonName } from "./normalize-person-name";

/**
 * Masks a name for public look-up results, where a stranger must be able to confirm a match without
 * learning the full name.
 *
 * Rule: the name is normalised first; the first word (the family name) is shown in full; every other
 * word keeps its first letter and each remaining letter becomes "*", so word lengths stay visible:
 * "Nguyễn Văn An" → "Nguyễn V** A*". A single-word name is treated as a given name ("An" → "A*").
 * Compound family names ("Tôn Nữ", "Âu Dương") cannot be told apart from middle names, so only the
 * first word is ever kept.
 */
export function maskPersonName(name: string): string {
  const words = normalizePersonName(name)
    .split(" ")
    .filter((w) => w !== "");
  const [family, ...given] = words.length > 1 ? words : ["", ...words];
  const masked = given.map((word) => {
    const [first = "", ...rest] = [...word];
    return first + "*".repeat(rest.length);
  });
  return [family, ...masked].filter((w) => w !== "").join(" ");
}
