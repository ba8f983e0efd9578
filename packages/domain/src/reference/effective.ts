import { type IsoDate, isoDateParts } from "../calendar/iso-date";

/**
 * How sure we are of a figure: V = checked against the primary legal text or an official page,
 * C = corroborated by independent secondary sources, U = unconfirmed (verify before relying on it).
 */
export type Confidence = "V" | "C" | "U";

/** A period during which a record is in force; `effectiveTo` is inclusive, null = open-ended. */
export interface Effective {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

/** Every piece of reference data that follows the law says which document it comes from. */
export interface LegalRecord extends Effective {
  legalDocument: string;
  confidence: Confidence;
}

export function isInForceOn(record: Effective, date: IsoDate): boolean {
  // ISO dates compare correctly as strings.
  return record.effectiveFrom <= date && (record.effectiveTo === null || date <= record.effectiveTo);
}

/**
 * The record of a series in force on a day. Throws when no record covers the day (asking for a rate
 * we do not know must not silently return another period's value) and when several do (the data
 * file is inconsistent). `what` names the series in the error message.
 */
export function valueAt<T extends Effective>(
  records: readonly T[],
  date: IsoDate,
  what = "reference data",
): T {
  isoDateParts(date);
  const matches = records.filter((record) => isInForceOn(record, date));
  const [match] = matches;
  if (match === undefined) throw new RangeError(`No ${what} is known for ${date}`);
  if (matches.length > 1) throw new RangeError(`Several ${what} records cover ${date}; the data overlap`);
  return match;
}
