import type { IsoDate } from "../calendar/iso-date";
import { referenceLevelAt } from "./base-salary";
import data from "./data/caps.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";
import { type Region, regionalMinimumWageAt } from "./regional-minimum-wage";

/** BHXH funds and BHYT share one bound; BHTN has its own, tied to the regional minimum wage. */
export type FundGroup = "socialAndHealth" | "unemployment";

export type BoundBasis = "referenceLevel" | "regionalMinimumWage";

/** A floor or cap: `multiplier` × the highest of `bases` on the day. */
export interface BoundRecord extends LegalRecord {
  fundGroup: FundGroup;
  multiplier: number;
  bases: BoundBasis[];
}

export type ContributionBounds = Record<FundGroup, number>;

export const capRecords = data.caps as readonly BoundRecord[];
export const floorRecords = data.floors as readonly BoundRecord[];

/**
 * Highest monthly contribution base on a day, VND: 20 × reference level for BHXH/BHYT
 * (46,800,000 until 30/06/2026, 50,600,000 from 01/07/2026) and 20 × the regional minimum wage for
 * BHTN (106,200,000 in region I in 2026).
 */
export function contributionCapsAt(date: IsoDate, region: Region): ContributionBounds {
  return boundsAt(capRecords, date, region, "contribution cap");
}

/** Lowest monthly contribution base on a day for the employer-decided salary regime, VND. */
export function contributionFloorsAt(date: IsoDate, region: Region): ContributionBounds {
  return boundsAt(floorRecords, date, region, "contribution floor");
}

function boundsAt(
  records: readonly BoundRecord[],
  date: IsoDate,
  region: Region,
  what: string,
): ContributionBounds {
  const boundOf = (fundGroup: FundGroup) => {
    const record = valueAt(
      records.filter((r) => r.fundGroup === fundGroup),
      date,
      `${fundGroup} ${what}`,
    );
    const amounts = record.bases.map((basis) =>
      basis === "referenceLevel" ? referenceLevelAt(date) : regionalMinimumWageAt(region, date),
    );
    return record.multiplier * Math.max(...amounts);
  };
  return { socialAndHealth: boundOf("socialAndHealth"), unemployment: boundOf("unemployment") };
}
