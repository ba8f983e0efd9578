import { ok, type Parsed } from "../parsed";
import { type Cccd, parseCccd } from "./cccd";
import { compactInput, type FieldLabel, fieldError, requiredError } from "./identifier-input";

const FIELD: FieldLabel = { key: "national_id", vi: "số CCCD hoặc CMND", en: "ID card number" };

/**
 * A national ID: the 12-digit personal identification number (CCCD, and 12-digit CMND of 2012–2016,
 * which share its structure) or a legacy 9-digit CMND. Legacy CMND are no longer valid documents
 * but still appear in older records, so they are accepted and marked as such.
 */
export type NationalId = ({ kind: "cccd" } & Cccd) | { kind: "cmnd"; value: string };

export function parseNationalId(input: string): Parsed<NationalId> {
  const value = compactInput(input);
  if (value === "") return requiredError(FIELD);
  if (/^\d{9}$/.test(value)) return ok({ kind: "cmnd", value });
  if (/^\d{12}$/.test(value)) {
    const cccd = parseCccd(value);
    return cccd.ok ? ok({ kind: "cccd", ...cccd.value }) : cccd;
  }
  return fieldError(
    FIELD,
    "format",
    "Số CCCD phải gồm 12 chữ số (hoặc số CMND cũ gồm 9 chữ số)",
    "The ID number must be 12 digits (or 9 digits for an old ID card)",
  );
}
