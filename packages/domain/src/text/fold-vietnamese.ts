import { stripVietnameseMarks } from "./strip-vietnamese-marks";

/**
 * Folds text for diacritic-insensitive search: "Nguyễn Thị Đào" → "nguyen thi dao".
 *
 * The result matches what PostgreSQL `lower(unaccent(...))` gives for Vietnamese, so the same folded
 * key can be computed in the browser and in SQL.
 */
export function foldVietnamese(s: string): string {
  return stripVietnameseMarks(s).toLowerCase().replace(/\s+/g, " ").trim();
}
