import type { IsoDate } from "../calendar/iso-date";
import data from "./data/benefit-levels.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

/** BHYT benefit level (mức hưởng), the 3rd character of the 15-character card code. */
export type BenefitLevel = 1 | 2 | 3 | 4 | 5;

export interface BenefitLevelRecord extends LegalRecord {
  level: BenefitLevel;
  /** Share of costs within the BHYT scope paid by the fund, in percent. */
  fundSharePercent: number;
  nameVi: string;
  nameEn: string;
}

export const benefitLevels = data.records as readonly BenefitLevelRecord[];

export function isBenefitLevel(n: number): n is BenefitLevel {
  return benefitLevels.some((record) => record.level === n);
}

/**
 * Share paid by the fund for a level: 1, 2, 5 → 100; 3 → 95; 4 → 80. The shares have not changed
 * since QĐ 1351/QĐ-BHXH, so the date is optional; without it the latest record is used.
 */
export function fundSharePercent(level: BenefitLevel, onDate?: IsoDate): number {
  const records = benefitLevels.filter((record) => record.level === level);
  const record =
    onDate === undefined
      ? records.find((r) => r.effectiveTo === null)
      : valueAt(records, onDate, `benefit level ${level}`);
  if (record === undefined) throw new RangeError(`Unknown benefit level ${level}`);
  return record.fundSharePercent;
}
