import { ok, type Parsed } from "../parsed";
import { oldProvince } from "../reference/provinces";
import { compactInput, type FieldLabel, fieldError, fixedDigits, requiredError } from "./identifier-input";

export type Sex = "male" | "female";

const FIELD: FieldLabel = { key: "cccd", vi: "số CCCD", en: "citizen ID number" };

/**
 * A 12-digit personal identification number (số định danh cá nhân, printed on the CCCD / căn cước):
 * digits 1–3 province of birth registration ("0" + old province code), digit 4 sex and century,
 * digits 5–6 the last two digits of the birth year, digits 7–12 a serial. No check digit.
 * (Decree 137/2015/NĐ-CP, Circular 07/2016/TT-BCA; structure unconfirmed against the primary text.)
 */
export interface Cccd {
  value: string;
  /** Old (63-list) province code of birth registration, 2 digits: "079" → "79". */
  provinceCode: string;
  sex: Sex;
  birthYear: number;
  serial: string;
}

/**
 * Digit 4: even = male, odd = female; 0/1 born 1900–1999, 2/3 2000–2099, … 8/9 2300–2399. Every
 * digit is meaningful, so only the province part can be wrong in a 12-digit number.
 */
const FIRST_CENTURY = 1900;

export function parseCccd(input: string): Parsed<Cccd> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  if (!/^\d{12}$/.test(value)) {
    return fieldError(
      FIELD,
      "format",
      "Số CCCD phải gồm đúng 12 chữ số",
      "The citizen ID number must be exactly 12 digits",
    );
  }
  const provinceCode = value.slice(1, 3);
  // Numbers of people registered abroad would carry another code here; we have no list of those
  // codes, so they are rejected for now (see the reference notes).
  if (value[0] !== "0" || oldProvince(provinceCode) === undefined) {
    return fieldError(
      FIELD,
      "province",
      `3 chữ số đầu của số CCCD (mã tỉnh nơi đăng ký khai sinh) không đúng: ${value.slice(0, 3)}`,
      `The first 3 digits of the citizen ID number (province of birth registration) are not valid: ${value.slice(0, 3)}`,
    );
  }
  const sexCentury = Number(value[3]);
  return ok({
    value,
    provinceCode,
    sex: sexCentury % 2 === 0 ? "male" : "female",
    birthYear: FIRST_CENTURY + Math.floor(sexCentury / 2) * 100 + Number(value.slice(4, 6)),
    serial: value.slice(6),
  });
}

/** Builds a valid-looking CCCD number for synthetic data. Throws on impossible parts. */
export function makeCccd({
  provinceCode,
  sex,
  birthYear,
  serial,
}: {
  provinceCode: string;
  sex: Sex;
  birthYear: number;
  serial: number;
}): string {
  if (oldProvince(provinceCode) === undefined)
    throw new RangeError(`Unknown old province code "${provinceCode}"`);
  if (!Number.isInteger(birthYear) || birthYear < FIRST_CENTURY || birthYear > 2399) {
    throw new RangeError(`A CCCD number encodes birth years 1900–2399, got ${birthYear}`);
  }
  const century = Math.floor((birthYear - FIRST_CENTURY) / 100);
  const sexCentury = century * 2 + (sex === "female" ? 1 : 0);
  return `0${provinceCode}${sexCentury}${fixedDigits(birthYear % 100, 2, "year")}${fixedDigits(serial, 6, "CCCD serial")}`;
}
