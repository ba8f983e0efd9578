import type { ParticipationPeriod, PeriodStatus, Scheme } from "@ansinh/db";
import { monthsInclusive, type YearMonth } from "@ansinh/domain";

/** A period with what it comes to: months (a running period up to the as-of month) × monthly amounts. */
export interface PeriodSummary extends ParticipationPeriod {
  months: number;
  employeeTotal: number;
  employerTotal: number;
}

/** Months an employer has not paid ("nợ đóng"), and what is owed for them, both shares together. */
export interface UnpaidSummary {
  employer: { name: string; taxCode: string } | null;
  from: YearMonth;
  /** The last unpaid month (the as-of month for a period still running unpaid). */
  to: YearMonth;
  months: number;
  amount: number;
}

export interface SchemeSummary {
  scheme: Scheme;
  /** Months that count: paid, or paid and kept ("bảo lưu"). Unpaid and suspended months do not. */
  months: number;
  duration: { years: number; months: number };
  /** What the worker and the employer (or the State, for voluntary and household cover) paid. */
  employeeTotal: number;
  employerTotal: number;
  /** Newest first, as given. */
  periods: PeriodSummary[];
  unpaid: UnpaidSummary[];
}

/** The statuses whose months were paid and count towards the person's participation. */
const COUNTED: ReadonlySet<PeriodStatus> = new Set(["paid", "reserved"]);

/**
 * Per scheme (in the order given, every one of them even when empty): the periods with their totals,
 * the scheme's counted months and amounts, and the unpaid months grouped per employer.
 */
export function summariseParticipation(
  periods: readonly ParticipationPeriod[],
  asOfMonth: YearMonth,
  schemes: readonly Scheme[],
): SchemeSummary[] {
  return schemes.map((scheme) => {
    const own = periods.filter((p) => p.scheme === scheme).map((p) => summarisePeriod(p, asOfMonth));
    const counted = own.filter((p) => COUNTED.has(p.status));
    const months = sum(counted, (p) => p.months);
    return {
      scheme,
      months,
      duration: { years: Math.floor(months / 12), months: months % 12 },
      employeeTotal: sum(counted, (p) => p.employeeTotal),
      employerTotal: sum(counted, (p) => p.employerTotal),
      periods: own,
      unpaid: unpaidByEmployer(own, asOfMonth),
    };
  });
}

function summarisePeriod(period: ParticipationPeriod, asOfMonth: YearMonth): PeriodSummary {
  const months = monthsInclusive(period.from, period.to ?? asOfMonth);
  return {
    ...period,
    months,
    employeeTotal: period.employeeAmount * months,
    employerTotal: period.employerAmount * months,
  };
}

function unpaidByEmployer(periods: readonly PeriodSummary[], asOfMonth: YearMonth): UnpaidSummary[] {
  const byEmployer = new Map<string, UnpaidSummary>();
  for (const p of periods) {
    if (p.status !== "unpaid" || p.months === 0) continue;
    const to = p.to ?? asOfMonth;
    const key = p.employer?.taxCode ?? "";
    const amount = (p.employeeAmount + p.employerAmount) * p.months;
    const known = byEmployer.get(key);
    if (!known) {
      byEmployer.set(key, { employer: p.employer, from: p.from, to, months: p.months, amount });
      continue;
    }
    if (p.from < known.from) known.from = p.from;
    if (to > known.to) known.to = to;
    known.months += p.months;
    known.amount += amount;
  }
  return [...byEmployer.values()];
}

const sum = <T>(items: readonly T[], pick: (item: T) => number) =>
  items.reduce((total, item) => total + pick(item), 0);

/** A stored rate ("8.000", "17.500", "0.000") as the percent people read ("8", "17.5", "0"). */
export function percentText(rate: string): string {
  return rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate;
}
