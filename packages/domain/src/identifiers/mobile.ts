import { ok, type Parsed, unwrap } from "../parsed";
import { compactInput, type FieldLabel, fieldError, fixedDigits, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "mobile", vi: "số điện thoại di động", en: "mobile number" };

/** Second digit of a mobile number since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). */
export type MobilePrefixDigit = 3 | 5 | 7 | 8 | 9;

/**
 * A Vietnamese mobile number, normalised to the 10-digit national form "0xxxxxxxxx". Accepts
 * 0xxxxxxxxx, 84xxxxxxxxx, +84xxxxxxxxx and 0084xxxxxxxxx with spaces, dots, dashes or parentheses,
 * and tolerates the common "+84 0…" slip. Only the 03/05/07/08/09 ranges are checked, never carrier
 * prefixes: numbers move between carriers and new prefixes get opened.
 */
export function parseMobile(input: string): Parsed<string> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  const national = /^(?:\+|00)?840?(\d+)$/.exec(value)?.[1] ?? /^0(\d+)$/.exec(value)?.[1];
  if (national !== undefined && /^[35789]\d{8}$/.test(national)) return ok(`0${national}`);
  if (national !== undefined && /^2\d{9}$/.test(national)) {
    return fieldError(
      FIELD,
      "landline",
      "Đây là số máy bàn; vui lòng nhập số điện thoại di động",
      "This is a landline number; please enter a mobile number",
    );
  }
  return fieldError(
    FIELD,
    "format",
    "Số điện thoại di động phải gồm 10 chữ số và bắt đầu bằng 03, 05, 07, 08 hoặc 09",
    "The mobile number must have 10 digits and start with 03, 05, 07, 08 or 09",
  );
}

/** "0912345678" → "0912 345 678" (4-3-3, as Vietnamese numbers are usually written). */
export function formatMobile(mobile: string): string {
  const value = unwrap(parseMobile(mobile));
  return `${value.slice(0, 4)} ${value.slice(4, 7)} ${value.slice(7)}`;
}

/** "0912345678" → "091****678": enough to recognise one's own number on a confirmation screen. */
export function maskMobile(mobile: string): string {
  const value = unwrap(parseMobile(mobile));
  return `${value.slice(0, 3)}****${value.slice(7)}`;
}

/** Builds a mobile number for synthetic data: "0" + prefix digit + 8-digit subscriber number. */
export function makeMobile(prefixDigit: MobilePrefixDigit, subscriber: number): string {
  return `0${prefixDigit}${fixedDigits(subscriber, 8, "subscriber number")}`;
}
