import type { IsoDate } from "../calendar/iso-date";
import data from "./data/base-salary.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

export interface AmountRecord extends LegalRecord {
  /** VND per month. */
  amount: number;
}

export const baseSalaryRecords = data.records as readonly AmountRecord[];

/** Lương cơ sở in force on a day, VND per month. */
export function baseSalaryAt(date: IsoDate): number {
  return valueAt(baseSalaryRecords, date, "base salary").amount;
}

/**
 * Mức tham chiếu (reference level, Law 41/2024/QH15) on a day. Until the Government sets it on its
 * own it equals lương cơ sở (transitional provision), and before Law 41 the same role — floor of
 * benefits, cap of contributions — was played by lương cơ sở itself. When a separate series is
 * decreed, give it its own data file and switch this function to it.
 */
export function referenceLevelAt(date: IsoDate): number {
  return baseSalaryAt(date);
}
