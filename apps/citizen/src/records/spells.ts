import type { Period } from "./records-api";

/**
 * A stretch of work for one employer in one job: the periods the ledger splits it into (one per
 * distinct monthly amount, newest first). Showing these as one heading each keeps a 40-year history
 * with 15 employers to a screenful of lines.
 */
export interface Spell {
  key: string;
  employer: Period["employer"];
  jobTitle: string | null;
  from: string;
  to: string | null;
  months: number;
  employeeTotal: number;
  employerTotal: number;
  /** Months in this spell that the employer has not paid. */
  unpaidMonths: number;
  closedThrough: string | null;
  periods: Period[];
}

function spellKeyOf(period: Period): string {
  return `${period.employer?.taxCode ?? "-"}|${period.jobTitle ?? "-"}`;
}

/** Groups neighbouring periods (newest first) of the same employer and job. */
export function spellsOf(periods: readonly Period[]): Spell[] {
  const spells: Spell[] = [];
  for (const period of periods) {
    const key = spellKeyOf(period);
    const last = spells.at(-1);
    if (last && spellKeyOf(last.periods[0] as Period) === key) {
      last.periods.push(period);
      last.from = period.from;
      last.months += period.months;
      last.employeeTotal += period.employeeTotal;
      last.employerTotal += period.employerTotal;
      if (period.status === "unpaid") last.unpaidMonths += period.months;
      continue;
    }
    spells.push({
      key: `${key}|${period.from}`,
      employer: period.employer,
      jobTitle: period.jobTitle,
      from: period.from,
      to: period.to,
      months: period.months,
      employeeTotal: period.employeeTotal,
      employerTotal: period.employerTotal,
      unpaidMonths: period.status === "unpaid" ? period.months : 0,
      closedThrough: period.closedThrough,
      periods: [period],
    });
  }
  return spells;
}
