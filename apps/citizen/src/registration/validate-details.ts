import type { RegistrationMessageKey } from "./i18n/messages";

/** The first step's fields, in page order: the error summary lists problems in this order. */
export const detailFields = ["bhxhNumber", "fullName", "nationalId", "phone", "email"] as const;
export type DetailField = (typeof detailFields)[number];
export type Details = Record<DetailField, string>;

type DetailErrors = Partial<Record<DetailField, RegistrationMessageKey>>;

// Only the shape is checked here: @ansinh/domain's full parsers are not part of this app, and whether
// the number, the name and the ID card belong together is for the server to say.
const bhxhPattern = /^\d{10}$/;
// A CCCD has 12 digits; an old CMND, still accepted, has 9.
const nationalIdPattern = /^(?:\d{12}|\d{9})$/;
// Vietnamese mobile numbers: 10 digits, 03x, 05x, 07x, 08x or 09x.
const mobilePattern = /^0[35789]\d{8}$/;
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const maxNameLength = 100;

/** People copy numbers from cards with spaces, dots or dashes between the groups; only digits matter. */
export function digitsOf(raw: string): string {
  return raw.replace(/[\s.\-()]/g, "");
}

/** "+84 912 345 678" and "84912345678" are the same number as "0912345678". */
function normalisePhone(raw: string): string {
  const digits = digitsOf(raw);
  if (/^\+84\d{9}$/.test(digits)) return `0${digits.slice(3)}`;
  if (/^84\d{9}$/.test(digits)) return `0${digits.slice(2)}`;
  return digits;
}

/** NFC, so that a name typed with combining marks compares equal to the registry's. */
export function normaliseName(raw: string): string {
  return raw.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** The values as they are sent: numbers without separators, the name tidied, the e-mail trimmed. */
export function normaliseDetails(details: Details): Details {
  return {
    bhxhNumber: digitsOf(details.bhxhNumber),
    fullName: normaliseName(details.fullName),
    nationalId: digitsOf(details.nationalId),
    phone: normalisePhone(details.phone),
    email: details.email.trim(),
  };
}

export function validateDetails(raw: Details): DetailErrors {
  const details = normaliseDetails(raw);
  const errors: DetailErrors = {};
  if (details.bhxhNumber === "") errors.bhxhNumber = "details.bhxhNumber.required";
  else if (!bhxhPattern.test(details.bhxhNumber)) errors.bhxhNumber = "details.bhxhNumber.format";
  if (details.fullName === "") errors.fullName = "details.fullName.required";
  else if (details.fullName.length >= maxNameLength) errors.fullName = "details.fullName.tooLong";
  if (details.nationalId === "") errors.nationalId = "details.nationalId.required";
  else if (!nationalIdPattern.test(details.nationalId)) errors.nationalId = "details.nationalId.format";
  if (details.phone === "") errors.phone = "details.phone.required";
  else if (!mobilePattern.test(details.phone)) errors.phone = "details.phone.format";
  if (details.email !== "" && !emailPattern.test(details.email)) errors.email = "details.email.format";
  return errors;
}
