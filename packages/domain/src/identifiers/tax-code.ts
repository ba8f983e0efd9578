import { ok, type Parsed } from "../parsed";
import { parseCccd } from "./cccd";
import { compactInput, type FieldLabel, fieldError, fixedDigits, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "tax_code", vi: "mã số thuế", en: "tax code" };

/**
 * A tax code (mã số thuế):
 * - "enterprise": 10 digits — enterprises and organisations (also individuals' codes issued before
 *   07/2025, which have the same form);
 * - "branch": a dependent unit, parent's 10 digits + "-" + 3-digit suffix (the dash is often omitted);
 * - "personal": the 12-digit personal identification number, used as individuals' tax code since
 *   01/07/2025 (Circular 86/2024/TT-BTC).
 */
export type TaxCode =
  | { kind: "enterprise"; value: string }
  | { kind: "branch"; value: string; parent: string; branch: string }
  | { kind: "personal"; value: string };

export interface ParseTaxCodeOptions {
  /**
   * Check the 10th digit with `taxCodeCheckDigit` (default true). The algorithm is widely reported
   * and matches published codes, but it is UNCONFIRMED by a legal text: switch it off if a genuine
   * code is ever rejected.
   */
  verifyCheckDigit?: boolean;
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * The 10th digit of a tax code from the first nine: 10 − (Σ digitᵢ × weightᵢ mod 11), weights
 * 31 29 23 19 17 13 7 5 3. Returns undefined when that is 10: such prefixes are not issued.
 * [U] reported by several sources, not confirmed by a legal text.
 */
export function taxCodeCheckDigit(first9: string): number | undefined {
  if (!/^\d{9}$/.test(first9))
    throw new RangeError(`Expected the first 9 digits of a tax code, got "${first9}"`);
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first9[i]), 0);
  const digit = 10 - (sum % 11);
  return digit === 10 ? undefined : digit;
}

export function parseTaxCode(input: string, options: ParseTaxCodeOptions = {}): Parsed<TaxCode> {
  // The dash is kept: "0100109106-01" must not turn into a 12-digit personal number.
  const value = compactInput(input, { keepDashes: true });
  if (value === "") return requiredError(FIELD);
  if (/^\d{12}$/.test(value)) {
    return parseCccd(value).ok
      ? ok({ kind: "personal", value })
      : fieldError(
          FIELD,
          "personal",
          "Mã số thuế 12 chữ số phải là số định danh cá nhân (số CCCD) hợp lệ",
          "A 12-digit tax code must be a valid personal identification number",
        );
  }
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(value);
  if (!match) {
    return fieldError(
      FIELD,
      "format",
      "Mã số thuế gồm 10 chữ số, 13 chữ số (10 số và 3 số của đơn vị phụ thuộc, ví dụ 0101234565-001) hoặc 12 chữ số định danh cá nhân",
      "A tax code has 10 digits, 13 digits (10 plus a 3-digit branch number, e.g. 0101234565-001) or the 12-digit personal ID number",
    );
  }
  const [, parent = "", branch] = match;
  if ((options.verifyCheckDigit ?? true) && taxCodeCheckDigit(parent.slice(0, 9)) !== Number(parent[9])) {
    return fieldError(
      FIELD,
      "check_digit",
      "Mã số thuế không đúng (chữ số kiểm tra thứ 10 không khớp)",
      "The tax code is not valid (its 10th, check digit does not match)",
    );
  }
  if (branch === undefined) return ok({ kind: "enterprise", value: parent });
  if (branch === "000") {
    return fieldError(
      FIELD,
      "branch",
      "3 số cuối của mã số thuế đơn vị phụ thuộc phải từ 001 đến 999",
      "The branch number (last 3 digits) must be from 001 to 999",
    );
  }
  return ok({ kind: "branch", value: `${parent}-${branch}`, parent, branch });
}

/**
 * Builds a valid tax code for synthetic data from 9 digits (and a branch number for a dependent
 * unit). Throws when the 9 digits admit no check digit; pick other digits then.
 */
export function makeTaxCode(first9: string, branch?: number): string {
  const check = taxCodeCheckDigit(first9);
  if (check === undefined)
    throw new RangeError(`No tax code starts with ${first9}: its check digit would be 10`);
  const parent = `${first9}${check}`;
  if (branch === undefined) return parent;
  if (branch === 0) throw new RangeError("Branch numbers start at 001");
  return `${parent}-${fixedDigits(branch, 3, "branch number")}`;
}
