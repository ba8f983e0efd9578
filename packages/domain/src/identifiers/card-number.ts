import { ok, type Parsed } from "../parsed";
import { type CardCode15, parseCardCode15 } from "./card-code";
import { compactInput, type FieldLabel, fieldError, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "card_number", vi: "số thẻ BHYT", en: "health insurance card number" };

/** What is printed as the card number: the 10-digit mã số BHXH (template of 2021) or the old 15-character code. */
export type CardNumber = { form: "bhxhNumber"; bhxhNumber: string } | ({ form: "code15" } & CardCode15);

/** Accepts either card template; anything starting with letters is read as a 15-character code. */
export function parseCardNumber(input: string): Parsed<CardNumber> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  if (/^\d{10}$/.test(value)) return ok({ form: "bhxhNumber", bhxhNumber: value });
  if (/^[A-Z]{2}/.test(value)) {
    const code = parseCardCode15(value);
    return code.ok ? ok({ form: "code15", ...code.value }) : code;
  }
  return fieldError(
    FIELD,
    "format",
    "Số thẻ BHYT gồm 10 chữ số (mẫu thẻ từ 01/04/2021) hoặc 15 ký tự (mẫu thẻ cũ)",
    "A health insurance card number is 10 digits (cards from 1 April 2021) or 15 characters (older cards)",
  );
}
