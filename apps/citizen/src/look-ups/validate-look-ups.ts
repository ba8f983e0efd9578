import { formatDate, type IsoDate, parseDate } from "@ansinh/domain";
import { digitsOf, normaliseName } from "../registration/validate-details";
import type { LookUpsMessageKey } from "./i18n/messages";

// Only the shape is checked here; whether anyone matches is for the server to say (and it says the
// same whatever the reason, so the page cannot be used to learn who is in the registry).

export const numberFields = ["provinceCode", "fullName", "birthDate", "nationalId"] as const;
type NumberField = (typeof numberFields)[number];

export const householdFields = ["bhxhNumber", "fullName"] as const;
type HouseholdField = (typeof householdFields)[number];

type Errors<Field extends string> = Partial<Record<Field, LookUpsMessageKey>>;

const maxNameLength = 100;
const nationalIdPattern = /^(?:\d{12}|\d{9})$/;

function nameError(raw: string): LookUpsMessageKey | null {
  const name = normaliseName(raw);
  if (name === "") return "lu.fullName.required";
  return name.length >= maxNameLength ? "lu.fullName.tooLong" : null;
}

/** Today in the phone's own calendar, as "yyyy-MM-dd". */
function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function validateNumberLookUp(
  values: Record<NumberField, string>,
  today: IsoDate = localToday(),
): Errors<NumberField> {
  const errors: Errors<NumberField> = {};
  if (values.provinceCode === "") errors.provinceCode = "number.provinceCode.required";
  const name = nameError(values.fullName);
  if (name) errors.fullName = name;
  const birthDate = values.birthDate.trim();
  const nationalId = digitsOf(values.nationalId);
  if (birthDate === "" && nationalId === "") errors.birthDate = "number.birthDate.either";
  if (birthDate !== "") {
    const parsed = parseDate(birthDate);
    if (!parsed.ok) {
      errors.birthDate =
        parsed.error.code === "date.invalid" ? "number.birthDate.invalid" : "number.birthDate.format";
    } else if (parsed.value > today) {
      errors.birthDate = "number.birthDate.future";
    }
  }
  if (nationalId !== "" && !nationalIdPattern.test(nationalId))
    errors.nationalId = "number.nationalId.format";
  return errors;
}

/** The request body of a checked number look-up: the date as dd/MM/yyyy, numbers as digits only. */
export function numberLookUpBody(values: Record<NumberField, string>) {
  const birthDate = parseDate(values.birthDate);
  const nationalId = digitsOf(values.nationalId);
  return {
    provinceCode: values.provinceCode,
    fullName: normaliseName(values.fullName),
    ...(birthDate.ok ? { birthDate: formatDate(birthDate.value) } : {}),
    ...(nationalId !== "" ? { nationalId } : {}),
  };
}

export function validateHouseholdLookUp(values: Record<HouseholdField, string>): Errors<HouseholdField> {
  const errors: Errors<HouseholdField> = {};
  const bhxhNumber = digitsOf(values.bhxhNumber);
  if (bhxhNumber === "") errors.bhxhNumber = "household.bhxhNumber.required";
  else if (!/^\d{10}$/.test(bhxhNumber)) errors.bhxhNumber = "household.bhxhNumber.format";
  const name = nameError(values.fullName);
  if (name) errors.fullName = name;
  return errors;
}

export function householdLookUpBody(values: Record<HouseholdField, string>) {
  return { bhxhNumber: digitsOf(values.bhxhNumber), fullName: normaliseName(values.fullName) };
}
