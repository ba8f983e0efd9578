import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import { contributionCapsAt } from "../reference/contribution-caps";
import { voluntaryRateAt } from "../reference/contribution-rates";
import { ruralPovertyLineAt } from "../reference/rural-poverty-line";
import { type SupportCategory, voluntaryStateSupportAt } from "../reference/voluntary-state-support";

export interface VoluntaryContribution {
  /** 22 % of the chosen income, per month. */
  total: number;
  /** Paid by the State for the person's category (while within its month limit). */
  stateSupport: number;
  /** What the participant pays per month. */
  participantPays: number;
}

/** The income a voluntary participant may choose: from the rural poverty line to the BHXH cap. */
export function voluntaryIncomeBounds(date: IsoDate): { min: number; max: number } {
  // The BHXH cap (20 × reference level) does not depend on the minimum-wage region.
  return { min: ruralPovertyLineAt(date), max: contributionCapsAt(date, 1).socialAndHealth };
}

/**
 * Monthly voluntary BHXH contribution (Law 41 Art. 31(2), 32(2); Decree 159/2025 Art. 5): 22 % of the
 * chosen income, less the State support of the person's category.
 */
export function voluntaryContribution(
  income: number,
  date: IsoDate,
  category: SupportCategory,
): VoluntaryContribution {
  const { min, max } = voluntaryIncomeBounds(date);
  if (!Number.isSafeInteger(income) || income < min || income > max) {
    throw new RangeError(`The chosen income must be whole đồng between ${min} and ${max}, got ${income}`);
  }
  const total = percentOf(income, voluntaryRateAt(date));
  const stateSupport = voluntaryStateSupportAt(category, date).monthlyAmount;
  return { total, stateSupport, participantPays: total - stateSupport };
}
