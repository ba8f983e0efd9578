import type { IsoDate } from "../calendar/iso-date";
import type { AmountRecord } from "./base-salary";
import data from "./data/rural-poverty-line.json" with { type: "json" };
import { valueAt } from "./effective";

export const ruralPovertyLineRecords = data.records as readonly AmountRecord[];

/** Rural poverty line on a day: floor of the voluntary BHXH income base, VND per month. */
export function ruralPovertyLineAt(date: IsoDate): number {
  return valueAt(ruralPovertyLineRecords, date, "rural poverty line").amount;
}
