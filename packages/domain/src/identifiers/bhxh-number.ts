import { ok, type Parsed } from "../parsed";
import { isCardProvinceCode } from "../reference/provinces";
import { compactInput, type FieldLabel, fieldError, fixedDigits, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "bhxh_number", vi: "mã số BHXH", en: "social insurance number" };

/**
 * Mã số BHXH: 10 digits, one per person for life. No check digit or internal structure is published,
 * so only the format is validated. Returns the 10 digits, which is also how VSS prints it.
 */
export function parseBhxhNumber(input: string): Parsed<string> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  if (!/^\d{10}$/.test(value)) {
    return fieldError(
      FIELD,
      "format",
      "Mã số BHXH phải gồm đúng 10 chữ số",
      "The social insurance number must be exactly 10 digits",
    );
  }
  return ok(value);
}

/**
 * Builds a BHXH number for synthetic data the way real ones look: the (old) province code of the
 * issuing office followed by an 8-digit serial — an observed habit, not a published rule.
 */
export function makeBhxhNumber({ provinceCode, serial }: { provinceCode: string; serial: number }): string {
  if (!isCardProvinceCode(provinceCode))
    throw new RangeError(`Unknown issuing province code "${provinceCode}"`);
  return provinceCode + fixedDigits(serial, 8, "BHXH serial");
}
