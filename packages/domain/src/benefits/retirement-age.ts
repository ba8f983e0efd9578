import type { BirthDate } from "../calendar/birth-date";
import { addMonths, type YearMonth, yearMonthOf } from "../calendar/year-month";

/**
 * Normal retirement age under Labour Code 2019 Art. 169(2) and Decree 135/2020/NĐ-CP: from 2021 it
 * rises each calendar year — men from 60y3m by 3 months a year up to 62 (reached in 2028), women from
 * 55y4m by 4 months a year up to 60 (2035). The age that applies is the one in force in the year the
 * person reaches it, so it is found by walking the years. A year-only birth counts from January.
 */
export interface RetirementAge {
  years: number;
  months: number;
  /** The month in which the person reaches it; the pension starts the month after. */
  reachedIn: YearMonth;
}

const ROADMAP = {
  male: { base: 60 * 12, stepPerYear: 3, final: 62 * 12 },
  female: { base: 55 * 12, stepPerYear: 4, final: 60 * 12 },
} as const;

export function retirementAge(sex: "male" | "female", birth: BirthDate): RetirementAge {
  const { base, stepPerYear, final } = ROADMAP[sex];
  const born = yearMonthOf({ year: birth.year, month: birth.month ?? 1 });
  for (let year = 2020; ; year++) {
    const ageInMonths = Math.min(final, base + stepPerYear * Math.max(0, year - 2020));
    const reachedIn = addMonths(born, ageInMonths);
    // Before the roadmap (2020 and earlier) the old ages applied to whoever reached them then.
    if (Number(reachedIn.slice(0, 4)) <= year) {
      return { years: Math.floor(ageInMonths / 12), months: ageInMonths % 12, reachedIn };
    }
  }
}
