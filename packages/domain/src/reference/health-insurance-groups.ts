import type { IsoDate } from "../calendar/iso-date";
import type { BenefitLevel } from "./benefit-levels";
import data from "./data/health-insurance-groups.json" with { type: "json" };
import { type LegalRecord, valueAt } from "./effective";

/** Who pays the BHYT contribution of a group (the grouping of QĐ 1351/QĐ-BHXH). */
export type PayerGroup =
  | "employeeEmployer"
  | "socialInsuranceFund"
  | "stateBudget"
  | "stateBudgetSupport"
  | "household"
  | "unknown";

export interface GroupLevelRecord extends LegalRecord {
  level: BenefitLevel;
  /** Present when sources disagree on the level; `level` is the one we apply meanwhile. */
  disputed?: { alternativeLevel: BenefitLevel; note: string };
}

/** A beneficiary group code (mã đối tượng), e.g. "DN" employee of an enterprise. */
export interface HealthInsuranceGroup extends LegalRecord {
  code: string;
  nameVi: string;
  nameEn: string;
  payerGroup: PayerGroup;
  levels: GroupLevelRecord[];
}

export const healthInsuranceGroups = data.records as readonly HealthInsuranceGroup[];

export function healthInsuranceGroup(code: string): HealthInsuranceGroup | undefined {
  return healthInsuranceGroups.find((group) => group.code === code);
}

/**
 * The benefit level a group is entitled to on the day of care. It is computed from the group code
 * and the date — never read from the digit printed on the card, because cards printed before a
 * change keep the old digit (near-poor CN went 3 → 2 and LH 4 → 2 on 01/01/2026).
 */
export function benefitLevelAt(groupCode: string, date: IsoDate): BenefitLevel {
  const group = healthInsuranceGroup(groupCode);
  if (group === undefined) throw new RangeError(`Unknown health insurance group code "${groupCode}"`);
  return valueAt(group.levels, date, `benefit level of group ${groupCode}`).level;
}
