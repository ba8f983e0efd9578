import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import { voluntaryRateAt } from "./contribution-rates";
import data from "./data/voluntary-state-support.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";
import { ruralPovertyLineAt } from "./rural-poverty-line";

export type SupportCategory = "poor" | "nearPoor" | "ethnicMinority" | "other";

export interface StateSupportRecord extends LegalRecord {
  category: SupportCategory;
  nameVi: string;
  nameEn: string;
  /** Percent of the contribution on the rural poverty line paid by the State. */
  percent: number;
  /** Months of actual participation for which the support is paid at most. */
  maxMonths: number;
}

export interface StateSupport {
  percent: number;
  maxMonths: number;
  /** VND per month of participation: percent × (voluntary rate × rural poverty line). */
  monthlyAmount: number;
}

export const voluntaryStateSupportRecords = data.records as readonly StateSupportRecord[];

/**
 * State support for a voluntary participant on a day. In 2026: poor 165,000, near-poor 132,000,
 * ethnic minority 99,000, others 66,000 VND per month (22 % × 1,500,000 = 330,000 × 50/40/30/20 %).
 */
export function voluntaryStateSupportAt(category: SupportCategory, date: IsoDate): StateSupport {
  const record = valueAt(
    voluntaryStateSupportRecords.filter((r) => r.category === category),
    date,
    `voluntary state support (${category})`,
  );
  const contributionOnPovertyLine = percentOf(ruralPovertyLineAt(date), voluntaryRateAt(date));
  return {
    percent: record.percent,
    maxMonths: record.maxMonths,
    monthlyAmount: percentOf(contributionOnPovertyLine, record.percent),
  };
}
