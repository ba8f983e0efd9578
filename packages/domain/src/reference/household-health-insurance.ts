import type { IsoDate } from "../calendar/iso-date";
import data from "./data/household-health-insurance.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

export interface HouseholdHealthInsuranceRecord extends LegalRecord {
  /** Percent of the base salary per month for the first member. */
  ratePercent: number;
  /** Share of the first member's amount for members 1, 2, 3, 4 and 5-and-later, in percent. */
  memberSharePercents: number[];
}

export const householdHealthInsuranceRecords = data.records as readonly HouseholdHealthInsuranceRecord[];

export function householdHealthInsuranceAt(date: IsoDate): HouseholdHealthInsuranceRecord {
  return valueAt(householdHealthInsuranceRecords, date, "household BHYT contribution rule");
}
