import type { IsoDate } from "../calendar/iso-date";
import data from "./data/regional-minimum-wage.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

/** Minimum-wage region (vùng) I–IV of the workplace commune. */
export type Region = 1 | 2 | 3 | 4;

export interface RegionalMinimumWageRecord extends LegalRecord {
  /** VND per month, keyed by region in Roman numerals as in the decrees. */
  amounts: Record<"I" | "II" | "III" | "IV", number>;
}

export const regionalMinimumWageRecords = data.records as readonly RegionalMinimumWageRecord[];

const ROMAN = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const;

export function regionalMinimumWageAt(region: Region, date: IsoDate): number {
  return valueAt(regionalMinimumWageRecords, date, "regional minimum wage").amounts[ROMAN[region]];
}
