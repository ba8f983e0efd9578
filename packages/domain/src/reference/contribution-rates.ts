import type { IsoDate } from "../calendar/iso-date";
import data from "./data/contribution-rates.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

/** The funds a compulsory contribution is split into (quỹ hưu trí – tử tuất, ốm đau – thai sản, …). */
export type Fund =
  | "retirementSurvivorship"
  | "sicknessMaternity"
  | "occupationalAccident"
  | "healthInsurance"
  | "unemployment";

export const FUNDS: readonly Fund[] = [
  "retirementSurvivorship",
  "sicknessMaternity",
  "occupationalAccident",
  "healthInsurance",
  "unemployment",
];

export interface CompulsoryRateRecord extends LegalRecord {
  fund: Fund;
  employerPercent: number;
  employeePercent: number;
}

export interface VoluntaryRateRecord extends LegalRecord {
  fund: Fund;
  participantPercent: number;
}

/** Percent of the contribution base paid by each side. */
export interface RatePair {
  employer: number;
  employee: number;
}

export const compulsoryRateRecords = data.compulsory as readonly CompulsoryRateRecord[];
export const voluntaryRateRecords = data.voluntary as readonly VoluntaryRateRecord[];

/** Compulsory contribution rates per fund on a day, in percent (e.g. health insurance 3 / 1.5). */
export function contributionRatesAt(date: IsoDate): Record<Fund, RatePair> {
  const entries = FUNDS.map((fund) => {
    const record = valueAt(
      compulsoryRateRecords.filter((r) => r.fund === fund),
      date,
      `${fund} contribution rate`,
    );
    return [fund, { employer: record.employerPercent, employee: record.employeePercent }] as const;
  });
  return Object.fromEntries(entries) as Record<Fund, RatePair>;
}

/** Voluntary BHXH rate on a day, in percent of the chosen income (22 %). */
export function voluntaryRateAt(date: IsoDate): number {
  return valueAt(voluntaryRateRecords, date, "voluntary contribution rate").participantPercent;
}
