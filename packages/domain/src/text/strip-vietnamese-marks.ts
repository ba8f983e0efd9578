import { toNfc } from "./to-nfc";

/**
 * Writes Vietnamese without its marks but keeps everything else, case included:
 * "Nguyễn Thị Đào" → "Nguyen Thi Dao" — the "không dấu" form of SMS and of systems that only take ASCII.
 *
 * đ/Đ is a separate letter, not d plus a combining mark, so NFD alone would keep it; it is mapped
 * explicitly. Characters outside Vietnamese that have no marks to drop (₫, “ ”) come through unchanged.
 */
export function stripVietnameseMarks(s: string): string {
  return toNfc(s).replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/\p{M}/gu, "");
}
