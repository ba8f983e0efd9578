import type { IsoDate } from "../calendar/iso-date";
import { firstDayOf, type YearMonth } from "../calendar/year-month";
import { voluntaryContribution } from "../contributions/voluntary-contribution";
import type { SupportCategory } from "../reference/voluntary-state-support";
import { monthsCovered, sumOf } from "./quote-months";

export interface VoluntaryQuoteMonth {
  month: YearMonth;
  /** 22 % of the chosen income. */
  total: number;
  stateSupport: number;
  participantPays: number;
}

export interface VoluntaryQuote {
  months: VoluntaryQuoteMonth[];
  participantPays: number;
  stateSupport: number;
  total: number;
}

/**
 * What a voluntary BHXH participant pays for `months` months from the month of `from` on the chosen
 * income, month by month with voluntaryContribution (the State support of the category is deducted).
 *
 * The State supports at most 120 months of participation (Decree 159/2025 Art. 5); the domain does not
 * know the person's history, so a caller that does passes `supportMonthsLeft` and later months are
 * quoted without support. Left out, every month is supported.
 */
export function voluntaryQuote(input: {
  income: number;
  months: number;
  from: IsoDate;
  category: SupportCategory;
  supportMonthsLeft?: number;
}): VoluntaryQuote {
  const { income, months, from, category, supportMonthsLeft = Number.POSITIVE_INFINITY } = input;
  if (
    supportMonthsLeft < 0 ||
    !(Number.isSafeInteger(supportMonthsLeft) || supportMonthsLeft === Number.POSITIVE_INFINITY)
  ) {
    throw new RangeError(`Supported months left must be a whole number ≥ 0, got ${supportMonthsLeft}`);
  }
  const lines = monthsCovered(from, months).map((month, i) => {
    const { total, stateSupport } = voluntaryContribution(income, firstDayOf(month), category);
    const support = i < supportMonthsLeft ? stateSupport : 0;
    return { month, total, stateSupport: support, participantPays: total - support };
  });
  return {
    months: lines,
    participantPays: sumOf(lines.map((line) => line.participantPays)),
    stateSupport: sumOf(lines.map((line) => line.stateSupport)),
    total: sumOf(lines.map((line) => line.total)),
  };
}
