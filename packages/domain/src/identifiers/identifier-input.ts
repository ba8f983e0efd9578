import { fail } from "../parsed";

/** Names a field in error codes and messages: key "bhxh_number", vi "mã số BHXH", en "social insurance number". */
export interface FieldLabel {
  key: string;
  vi: string;
  en: string;
}

/**
 * Normalises typed or scanned identifier input: NFC, no spaces, dots, dashes or parentheses
 * ("0912.345.678", "01 - 028", "(+84) 912 345 678"), letters upper-cased. Identifiers never contain
 * those characters themselves, so dropping them loses nothing. Where a dash does carry meaning (the
 * branch part of a tax code) `keepDashes` keeps it, with en/em dashes turned into "-".
 */
export function compactInput(input: string, { keepDashes = false } = {}): string {
  const compact = input
    .normalize("NFC")
    .replace(/[\s.()]/g, "")
    .replace(/[‐–—]/g, "-")
    .toUpperCase();
  return keepDashes ? compact : compact.replaceAll("-", "");
}

export function requiredError(field: FieldLabel) {
  return fail(`${field.key}.required`, `Vui lòng nhập ${field.vi}`, `Please enter the ${field.en}`);
}

export function fieldError(field: FieldLabel, reason: string, vi: string, en: string) {
  return fail(`${field.key}.${reason}`, vi, en);
}

/** Zero-pads a whole number to exactly `width` digits; builders use it for serial parts. */
export function fixedDigits(n: number, width: number, what: string): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 10 ** width) {
    throw new RangeError(`${what} must be a whole number from 0 to ${10 ** width - 1}, got ${n}`);
  }
  return String(n).padStart(width, "0");
}
