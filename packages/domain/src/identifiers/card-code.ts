import type { IsoDate } from "../calendar/iso-date";
import { ok, type Parsed, unwrap } from "../parsed";
import { type BenefitLevel, isBenefitLevel } from "../reference/benefit-levels";
import { benefitLevelAt, healthInsuranceGroup } from "../reference/health-insurance-groups";
import { isCardProvinceCode } from "../reference/provinces";
import { compactInput, type FieldLabel, fieldError, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "card_code", vi: "mã thẻ BHYT", en: "health insurance card code" };

/**
 * The 15-character BHYT card code of QĐ 1351/QĐ-BHXH, "XX Y ZZ NNNNNNNNNN": group code, benefit
 * level as printed, old province code of the issuing office, mã số BHXH. Still used by hospitals
 * (XML `MA_THE_BHYT`) although cards since 04/2021 print only the 10-digit number.
 */
export interface CardCode15 {
  groupCode: string;
  /** The digit on the card. Entitlement comes from `benefitLevelAt(groupCode, date)` instead. */
  printedLevel: BenefitLevel;
  provinceCode: string;
  bhxhNumber: string;
}

export function parseCardCode15(input: string): Parsed<CardCode15> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  const match = /^([A-Z]{2})(\d)(\d{2})(\d{10})$/.exec(value);
  if (!match) {
    return fieldError(
      FIELD,
      "format",
      "Mã thẻ BHYT gồm 15 ký tự: 2 chữ cái mã đối tượng, 1 chữ số mức hưởng, 2 chữ số mã tỉnh và 10 chữ số mã số BHXH (ví dụ DN4790123456789)",
      "The card code has 15 characters: a 2-letter group code, a benefit-level digit, a 2-digit province code and the 10-digit social insurance number (e.g. DN4790123456789)",
    );
  }
  const [, groupCode = "", levelDigit = "", provinceCode = "", bhxhNumber = ""] = match;
  const printedLevel = Number(levelDigit);
  if (healthInsuranceGroup(groupCode) === undefined) {
    return fieldError(
      FIELD,
      "group",
      `Mã đối tượng "${groupCode}" (2 ký tự đầu của mã thẻ) không có trong danh mục`,
      `"${groupCode}" (the first 2 characters of the card code) is not a known beneficiary group code`,
    );
  }
  if (!isBenefitLevel(printedLevel)) {
    return fieldError(
      FIELD,
      "level",
      "Ký tự thứ 3 của mã thẻ (mức hưởng) phải là một chữ số từ 1 đến 5",
      "The 3rd character of the card code (benefit level) must be a digit from 1 to 5",
    );
  }
  if (!isCardProvinceCode(provinceCode)) {
    return fieldError(
      FIELD,
      "province",
      `Mã tỉnh "${provinceCode}" (ký tự 4–5 của mã thẻ) không đúng`,
      `"${provinceCode}" (characters 4–5 of the card code) is not a valid province code`,
    );
  }
  return ok({ groupCode, printedLevel, provinceCode, bhxhNumber });
}

/**
 * Writes a card code from its parts, validating them: "DN4790123456789", or grouped as printed on
 * old cards, "DN 4 79 0123456789". Throws on invalid parts.
 */
export function formatCardCode15(parts: CardCode15, options: { grouped?: boolean } = {}): string {
  const { groupCode, printedLevel, provinceCode, bhxhNumber } = unwrap(
    parseCardCode15(`${parts.groupCode}${parts.printedLevel}${parts.provinceCode}${parts.bhxhNumber}`),
  );
  const pieces = [groupCode, String(printedLevel), provinceCode, bhxhNumber];
  return pieces.join(options.grouped ? " " : "");
}

/** Builds the code a card issued on `issuedOn` would carry, with the level the group had that day. */
export function makeCardCode15(card: {
  groupCode: string;
  provinceCode: string;
  bhxhNumber: string;
  issuedOn: IsoDate;
}): string {
  const printedLevel = benefitLevelAt(card.groupCode, card.issuedOn);
  return formatCardCode15({ ...card, printedLevel });
}
