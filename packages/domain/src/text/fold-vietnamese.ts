import { toNfc } from "./to-nfc";

/**
 * Folds text for diacritic-insensitive search: "Nguyễn Thị Đào" → "nguyen thi dao".
 *
 * đ/Đ is a separate letter, not d plus a combining mark, so NFD alone would keep it; it is mapped
 * explicitly. The result matches what PostgreSQL `lower(unaccent(...))` gives for Vietnamese, so the
 * same folded key can be computed in the browser and in SQL.
 */
export function foldVietnamese(s: string): string {
  return toNfc(s)
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
