import type { ParticipationPeriod, PeriodStatus, Scheme } from "@ansinh/db";
import { addMonths, monthsInclusive, type YearMonth } from "@ansinh/domain";

/**
 * A period with what it comes to: months (a running period up to the as-of month) × monthly amounts.
 * With a window, `from`/`to` are the part of the period inside it and the months and totals are that
 * part's, so a period 01/2015–12/2022 looked at over 2020 reads 01/2020–12/2020, 12 months.
 */
export interface PeriodSummary extends ParticipationPeriod {
  months: number;
  employeeTotal: number;
  employerTotal: number;
}

/**
 * A run of consecutive months one employer has not paid ("nợ đóng"), and what is owed for them, both
 * shares together. Two runs of one employer with paid months between them stay two runs: one run
 * from the first to the last would claim the months between as owed.
 */
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
  /** Newest first. */
  unpaid: UnpaidSummary[];
}

/** The months looked at ("yyyy-MM", both included); a side left out is open. */
interface MonthWindow {
  from?: YearMonth;
  to?: YearMonth;
}

/** The statuses whose months were paid and count towards the person's participation. */
const COUNTED: ReadonlySet<PeriodStatus> = new Set(["paid", "reserved"]);

/**
 * Per scheme (in the order given, every one of them even when empty): the periods with their totals,
 * the scheme's counted months and amounts, and the unpaid months in runs per employer. With a window,
 * only the months inside it count: periods are cut to it, and those wholly outside it are left out.
 *
 * One pass over the periods, each summary built field by field: this runs on every history request,
 * and copying each period with spreads (twice, clipped then summed) cost more than the rest of the
 * request's own work (measured with `npm run bench`).
 */
export function summariseParticipation(
  periods: readonly ParticipationPeriod[],
  asOfMonth: YearMonth,
  schemes: readonly Scheme[],
  window: MonthWindow = {},
): SchemeSummary[] {
  const byScheme = new Map<Scheme, SchemeSummary>();
  for (const scheme of schemes) byScheme.set(scheme, emptySummary(scheme));
  for (const period of periods) {
    const summary = byScheme.get(period.scheme);
    const own = summary && summarisePeriod(period, asOfMonth, window);
    if (!own) continue;
    summary.periods.push(own);
    if (!COUNTED.has(own.status)) continue;
    summary.months += own.months;
    summary.employeeTotal += own.employeeTotal;
    summary.employerTotal += own.employerTotal;
  }
  return schemes.map((scheme) => {
    const summary = byScheme.get(scheme) ?? emptySummary(scheme);
    summary.duration = { years: Math.floor(summary.months / 12), months: summary.months % 12 };
    summary.unpaid = unpaidRuns(summary.periods, asOfMonth);
    return summary;
  });
}

function emptySummary(scheme: Scheme): SchemeSummary {
  const duration = { years: 0, months: 0 };
  return { scheme, months: 0, duration, employeeTotal: 0, employerTotal: 0, periods: [], unpaid: [] };
}

/**
 * The part of a period inside the window with what it comes to, or null when none of it is inside. A
 * running period stays running (`to` null) while the window reaches the as-of month; a window that
 * ends earlier ends it there, so the period reads "01/2019 – 12/2020" rather than "01/2019 – nay" with
 * 24 months. Months are "yyyy-MM", so comparing the strings compares the months.
 */
function summarisePeriod(
  period: ParticipationPeriod,
  asOfMonth: YearMonth,
  window: MonthWindow,
): PeriodSummary | null {
  const end = period.to ?? asOfMonth;
  if ((window.from && end < window.from) || (window.to && period.from > window.to)) return null;
  const from = window.from && window.from > period.from ? window.from : period.from;
  const to = window.to && window.to < end ? window.to : period.to;
  const months = monthsInclusive(from, to ?? asOfMonth);
  return {
    scheme: period.scheme,
    from,
    to,
    employer: period.employer,
    jobTitle: period.jobTitle,
    salaryBase: period.salaryBase,
    employeeRate: period.employeeRate,
    employerRate: period.employerRate,
    employeeAmount: period.employeeAmount,
    employerAmount: period.employerAmount,
    status: period.status,
    closedThrough: period.closedThrough,
    months,
    employeeTotal: period.employeeAmount * months,
    employerTotal: period.employerAmount * months,
  };
}

/**
 * The unpaid periods as runs of consecutive months per employer, newest first. Periods of one employer
 * that follow on from each other (the ledger starts a new period when the amount changes) join into
 * one run; a gap starts a new run, so the run never claims months the employer paid or did not owe.
 */
function unpaidRuns(periods: readonly PeriodSummary[], asOfMonth: YearMonth): UnpaidSummary[] {
  const unpaid = periods
    .filter((p) => p.status === "unpaid" && p.months > 0)
    .map((p) => ({
      employer: p.employer,
      from: p.from,
      to: p.to ?? asOfMonth,
      months: p.months,
      amount: (p.employeeAmount + p.employerAmount) * p.months,
    }))
    .sort((a, b) => employerKey(a).localeCompare(employerKey(b)) || a.from.localeCompare(b.from));
  const runs: UnpaidSummary[] = [];
  for (const p of unpaid) {
    const run = runs.at(-1);
    if (!run || employerKey(run) !== employerKey(p) || p.from > addMonths(run.to, 1)) {
      runs.push({ ...p });
      continue;
    }
    if (p.to > run.to) run.to = p.to;
    // Calendar months of the run: should the ledger hold two unpaid periods that overlap, both
    // amounts are owed but the months they share are not counted twice.
    run.months = monthsInclusive(run.from, run.to);
    run.amount += p.amount;
  }
  return runs.sort((a, b) => b.from.localeCompare(a.from));
}

function employerKey(p: Pick<PeriodSummary, "employer">): string {
  return p.employer?.taxCode ?? "";
}

/** A stored rate ("8.000", "17.500", "0.000") as the percent people read ("8", "17.5", "0"). */
export function percentText(rate: string): string {
  return rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate;
}
