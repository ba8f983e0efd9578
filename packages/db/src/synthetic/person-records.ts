import {
  addMonths,
  compareYm,
  firstDayOf,
  type IsoDate,
  monthsInclusive,
  type SupportCategory,
  visitCostSplit,
  type YearMonth,
} from "@ansinh/domain";
import type { schemes } from "../schema/registry";
import { uuidv7 } from "../uuidv7";
import {
  contributionsAt,
  employmentSchemes,
  householdAmounts,
  lawChangeMonthsBetween,
  type SchemeAmounts,
  voluntaryAmounts,
} from "./law";
import type { TableBuffers } from "./tables";
import type { Facility } from "./world";

/**
 * Row builders for one person's ledger: a job becomes participation periods in every employment
 * scheme, split wherever the law changes the amounts; cards, benefits and visits become one row each.
 * The random population and the named demo persons both go through these, so they obey the same rules.
 */
export interface Job {
  employerId: string;
  wageRegion: 1 | 2 | 3 | 4;
  jobTitle: string;
  from: YearMonth;
  /** Last month worked, or null while the job goes on (up to asOf). */
  to: YearMonth | null;
  salary: number;
  /** The employer has not paid the last N months (arrears): shown as unpaid, not closed. */
  unpaidMonths?: number;
}

interface JobSummary {
  months: number;
  /** Salary base of the last month, after clamping to the floor and caps. */
  lastSalaryBase: number;
}

/** The same amounts over a run of months. */
interface Slice<T> {
  from: YearMonth;
  to: YearMonth;
  value: T;
}

/**
 * Cuts from..to at every change of law (and at `extraStarts`), evaluates each piece with `valueAt`, and
 * merges neighbours whose value (as `keyOf` sees it) did not change: one period per distinct amount.
 */
function slicesOf<T>(
  from: YearMonth,
  to: YearMonth,
  valueAt: (month: YearMonth) => T,
  keyOf: (value: T) => string,
  extraStarts: YearMonth[] = [],
): Slice<T>[] {
  const starts = [from, ...lawChangeMonthsBetween(from, to)];
  for (const extra of extraStarts)
    if (extra > from && extra <= to && !starts.includes(extra)) starts.push(extra);
  starts.sort(compareYm);
  const slices: (Slice<T> & { key: string })[] = [];
  for (const [i, start] of starts.entries()) {
    const end = i + 1 < starts.length ? addMonths(starts[i + 1] as YearMonth, -1) : to;
    const value = valueAt(start);
    const key = keyOf(value);
    const last = slices.at(-1);
    if (last && last.key === key) last.to = end;
    else slices.push({ from: start, to: end, value, key });
  }
  return slices;
}

interface PeriodRow {
  scheme: (typeof schemes)[number];
  employerId: string | null;
  jobTitle: string | null;
  amounts: SchemeAmounts;
  status: "paid" | "unpaid" | "suspended" | "reserved";
  closedThrough: YearMonth | null;
}

function addPeriod(t: TableBuffers, personId: string, from: YearMonth, to: YearMonth | null, row: PeriodRow) {
  const a = row.amounts;
  t.participation_period.add([
    personId,
    uuidv7(),
    row.scheme,
    firstDayOf(from),
    to === null ? null : firstDayOf(to),
    row.employerId,
    row.jobTitle,
    a.salaryBase,
    a.employeeRate,
    a.employerRate,
    a.employeeAmount,
    a.employerAmount,
    row.status,
    row.closedThrough ? firstDayOf(row.closedThrough) : null,
  ]);
}

const amountKey = (a: SchemeAmounts) => `${a.salaryBase}/${a.employeeAmount}/${a.employerAmount}`;

export function writeJob(t: TableBuffers, personId: string, job: Job, asOf: YearMonth): JobSummary {
  const end = job.to ?? asOf;
  const unpaid = job.unpaidMonths ?? 0;
  const firstUnpaid = unpaid > 0 ? addMonths(end, 1 - unpaid) : null;
  const slices = slicesOf(
    job.from,
    end,
    (month) => ({
      paid: !firstUnpaid || compareYm(month, firstUnpaid) < 0,
      amounts: contributionsAt(job.salary, firstDayOf(month), job.wageRegion),
    }),
    ({ paid, amounts }) => `${paid}|${employmentSchemes.map((s) => amountKey(amounts[s])).join()}`,
    firstUnpaid ? [firstUnpaid] : [],
  );
  // Arrears keep the book open ("chốt sổ" only up to the last paid month); a running job is not closed.
  const closedThrough = job.to === null ? null : firstUnpaid ? addMonths(firstUnpaid, -1) : job.to;
  let lastSalaryBase = 0;
  for (const slice of slices) {
    const to = job.to === null && slice === slices.at(-1) ? null : slice.to;
    for (const scheme of employmentSchemes) {
      const amounts = slice.value.amounts[scheme];
      lastSalaryBase = amounts.salaryBase;
      const status = slice.value.paid ? "paid" : "unpaid";
      addPeriod(t, personId, slice.from, to, {
        scheme,
        employerId: job.employerId,
        jobTitle: job.jobTitle,
        amounts,
        status,
        closedThrough,
      });
    }
  }
  return { months: monthsInclusive(job.from, end), lastSalaryBase };
}

/** Periods of one scheme outside employment, one per distinct monthly amount. */
function writeOwnPeriods(
  t: TableBuffers,
  personId: string,
  span: { from: YearMonth; to: YearMonth | null },
  asOf: YearMonth,
  scheme: PeriodRow["scheme"],
  amountsAt: (date: IsoDate) => SchemeAmounts,
  status: PeriodRow["status"],
) {
  const slices = slicesOf(span.from, span.to ?? asOf, (month) => amountsAt(firstDayOf(month)), amountKey);
  for (const slice of slices) {
    const to = span.to === null && slice === slices.at(-1) ? null : slice.to;
    addPeriod(t, personId, slice.from, to, {
      scheme,
      employerId: null,
      jobTitle: null,
      amounts: slice.value,
      status,
      closedThrough: span.to,
    });
  }
}

/**
 * Voluntary BHXH (null `to`: still paying). The State's support sits in the employer columns, as the
 * other party paying; a stopped participation keeps its months ("reserved", bảo lưu).
 */
export function writeVoluntary(
  t: TableBuffers,
  personId: string,
  v: { from: YearMonth; to: YearMonth | null; income: number; category: SupportCategory },
  asOf: YearMonth,
) {
  writeOwnPeriods(
    t,
    personId,
    v,
    asOf,
    "bhxh_voluntary",
    (date) => voluntaryAmounts(v.income, date, v.category),
    v.to === null ? "paid" : "reserved",
  );
}

/**
 * Health insurance held outside employment over a card's months: a household member pays the rate of
 * their order in the household; for the other groups the State budget or a fund pays (employer columns).
 */
export function writeHealthCoverage(
  t: TableBuffers,
  personId: string,
  c: { from: YearMonth; to: YearMonth | null; groupCode: string; memberOrder: number },
  asOf: YearMonth,
) {
  writeOwnPeriods(
    t,
    personId,
    c,
    asOf,
    "health_insurance",
    (date) => householdAmounts(c.groupCode, c.memberOrder, date),
    "paid",
  );
}

interface Card {
  bhxhNumber: string;
  groupCode: string;
  printedLevel: number;
  /** Old-list province of the issuing office. */
  provinceCode: string;
  facilityCode: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  fiveYearsFrom: IsoDate | null;
  issuedOn: IsoDate;
  status: "active" | "expired" | "replaced" | "revoked";
}

export function writeCard(t: TableBuffers, personId: string, card: Card) {
  t.health_insurance_card.add([
    personId,
    uuidv7(),
    card.bhxhNumber,
    `${card.groupCode}${card.printedLevel}${card.provinceCode}${card.bhxhNumber}`,
    card.groupCode,
    card.printedLevel,
    card.provinceCode,
    card.facilityCode,
    card.validFrom,
    card.validTo,
    card.fiveYearsFrom,
    card.issuedOn,
    card.status,
  ]);
}

interface Benefit {
  kind: "sickness" | "maternity" | "unemployment" | "one_time" | "pension" | "occupational_accident";
  decisionNumber: string;
  from: IsoDate;
  to: IsoDate | null;
  amount: number;
  payingOfficeCode: string;
  paidOn: IsoDate;
}

export function writeBenefit(t: TableBuffers, personId: string, b: Benefit) {
  t.benefit_payment.add([
    personId,
    uuidv7(),
    b.kind,
    b.decisionNumber,
    b.from,
    b.to,
    b.amount,
    b.payingOfficeCode,
    b.paidOn,
  ]);
}

interface Visit {
  facility: Facility;
  kind: "outpatient" | "inpatient";
  admittedAt: string;
  dischargedAt: string;
  mainDiagnosis: string;
  otherDiagnoses: string | null;
  totalCost: number;
  groupCode: string;
}

export function writeVisit(t: TableBuffers, personId: string, v: Visit) {
  const { fundPaid, patientPaid } = visitCostSplit({
    totalCost: v.totalCost,
    groupCode: v.groupCode,
    date: v.admittedAt.slice(0, 10),
    primaryCare: v.facility.level === "initial",
  });
  t.medical_visit.add([
    personId,
    uuidv7(),
    v.facility.code,
    v.kind,
    v.admittedAt,
    v.dischargedAt,
    v.mainDiagnosis,
    v.otherDiagnoses,
    v.totalCost,
    fundPaid,
    patientPaid,
  ]);
}
