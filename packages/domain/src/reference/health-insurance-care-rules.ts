import type { IsoDate } from "../calendar/iso-date";
import careRateData from "./data/health-insurance-care-rates.json" with { type: "json" };
import coPaymentData from "./data/health-insurance-co-payment.json" with { type: "json" };
import { isInForceOn, type LegalRecord } from "./effective";

/** How the patient reaches the facility: the one on the card, referred, in an emergency, or on their own. */
export type CareRoute = "registered" | "referral" | "emergency" | "selfReferral";

/** The facility's level (tuyến) before the 2025 reform; "any" where the level does not matter. */
export type CareFacilityLevel = "any" | "district" | "provincial" | "central";

/** Outpatient (khám, điều trị ngoại trú) or inpatient (điều trị nội trú) care; "any" for both. */
export type CareSetting = "any" | "outpatient" | "inpatient";

/**
 * The share of the benefit level the fund pays for one route: 100 = the level in full, 40 = 40 % of
 * the level's share (32 % of costs for an 80 % card), 0 = not paid.
 */
export interface CareRateRecord extends LegalRecord {
  route: CareRoute;
  facilityLevel: CareFacilityLevel;
  setting: CareSetting;
  percentOfLevel: number;
  note?: string;
}

/** The exceptions to co-payment for levels below 100 %. */
export type CoPaymentRecord = LegalRecord &
  (
    | { rule: "communeLevel"; fundSharePercent: number }
    | { rule: "smallVisit"; percentOfBaseSalary: number }
    | { rule: "fiveYears"; monthsOfBaseSalary: number }
  );

export const careRateRecords = careRateData.records as readonly CareRateRecord[];
export const coPaymentRecords = coPaymentData.records as readonly CoPaymentRecord[];

/** The rates in force on a day (several: one per route, facility level and setting). */
export function careRatesOn(date: IsoDate): CareRateRecord[] {
  return careRateRecords.filter((record) => isInForceOn(record, date));
}

/** The co-payment exception of a kind in force on a day, or undefined before the data start. */
export function coPaymentRuleOn<R extends CoPaymentRecord["rule"]>(
  rule: R,
  date: IsoDate,
): Extract<CoPaymentRecord, { rule: R }> | undefined {
  return coPaymentRecords.find(
    (record): record is Extract<CoPaymentRecord, { rule: R }> =>
      record.rule === rule && isInForceOn(record, date),
  );
}
