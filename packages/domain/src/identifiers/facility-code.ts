import { ok, type Parsed, unwrap } from "../parsed";
import { oldProvince } from "../reference/provinces";
import { compactInput, type FieldLabel, fieldError, fixedDigits, requiredError } from "./identifier-input";

const FIELD: FieldLabel = {
  key: "facility_code",
  vi: "mã cơ sở khám chữa bệnh",
  en: "medical facility code",
};

/**
 * Mã cơ sở KCB: 2-digit old province code + 3 characters, e.g. "79024". The facility part may contain
 * letters ("01C54" has been seen on a real card), so it is not checked as digits.
 */
export interface FacilityCode {
  /** Compact form used in XML and APIs: "01028". */
  value: string;
  provinceCode: string;
  facilityNumber: string;
}

/** Accepts the compact form and the card/QR form "01 - 028". */
export function parseFacilityCode(input: string): Parsed<FacilityCode> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  const match = /^(\d{2})([0-9A-Z]{3})$/.exec(value);
  if (!match) {
    return fieldError(
      FIELD,
      "format",
      "Mã cơ sở khám chữa bệnh gồm 5 ký tự: 2 chữ số mã tỉnh và 3 ký tự mã cơ sở (ví dụ 79024 hoặc 79 - 024)",
      "A medical facility code has 5 characters: a 2-digit province code and a 3-character facility number (e.g. 79024 or 79 - 024)",
    );
  }
  const [, provinceCode = "", facilityNumber = ""] = match;
  if (oldProvince(provinceCode) === undefined) {
    return fieldError(
      FIELD,
      "province",
      `Mã tỉnh "${provinceCode}" (2 ký tự đầu của mã cơ sở) không đúng`,
      `"${provinceCode}" (the first 2 characters of the facility code) is not a valid province code`,
    );
  }
  return ok({ value, provinceCode, facilityNumber });
}

/** The form printed on cards and in their QR code: "01028" → "01 - 028". Throws on an invalid code. */
export function formatFacilityCode(code: string): string {
  const { provinceCode, facilityNumber } = unwrap(parseFacilityCode(code));
  return `${provinceCode} - ${facilityNumber}`;
}

/** Builds a facility code for synthetic data: (old) province code + facility number 0–999. */
export function makeFacilityCode(provinceCode: string, facilityNumber: number): string {
  return unwrap(parseFacilityCode(provinceCode + fixedDigits(facilityNumber, 3, "facility number"))).value;
}
