import {
  addMonths,
  compareYm,
  firstDayOf,
  type IsoDate,
  monthsInclusive,
  visitCostSplit,
  type YearMonth,
} from "@ansinh/domain";
import { uuidv7 } from "../uuidv7";
import { contributionsAt, employmentSchemes, lawChangeMonthsBetween } from "./law";
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

export function writeJob(t: TableBuffers, personId: string, job: Job, asOf: YearMonth): JobSummary {
  const end = job.to ?? asOf;
  const unpaid = job.unpaidMonths ?? 0;
  const firstUnpaid = unpaid > 0 ? addMonths(end, 1 - unpaid) : null;
  // Split points: every change of law inside the job, and the start of the arrears.
  const starts = [job.from, ...lawChangeMonthsBetween(job.from, end)];
  if (firstUnpaid && compareYm(firstUnpaid, job.from) > 0 && !starts.includes(firstUnpaid))
    starts.push(firstUnpaid);
  starts.sort(compareYm);

  let lastSalaryBase = 0;
  let previous: string | undefined;
  const merged: { from: YearMonth; to: YearMonth; paid: boolean }[] = [];
  for (const [i, from] of starts.entries()) {
    const to = i + 1 < starts.length ? addMonths(starts[i + 1] as YearMonth, -1) : end;
    const paid = !firstUnpaid || compareYm(from, firstUnpaid) < 0;
    // Merge neighbouring slices whose amounts did not actually change.
    const amounts = contributionsAt(job.salary, firstDayOf(from), job.wageRegion);
    const key = `${paid}|${employmentSchemes.map((s) => `${amounts[s].salaryBase}/${amounts[s].employeeAmount}/${amounts[s].employerAmount}`).join()}`;
    const last = merged.at(-1);
    if (last && key === previous) last.to = to;
    else merged.push({ from, to, paid });
    previous = key;
  }

  const closedThrough = job.to === null ? null : firstUnpaid ? addMonths(firstUnpaid, -1) : job.to;
  for (const slice of merged) {
    const isLast = slice === merged.at(-1);
    const amounts = contributionsAt(job.salary, firstDayOf(slice.from), job.wageRegion);
    for (const scheme of employmentSchemes) {
      const c = amounts[scheme];
      lastSalaryBase = c.salaryBase;
      t.participation_period.add([
        personId,
        uuidv7(),
        scheme,
        firstDayOf(slice.from),
        job.to === null && isLast ? null : firstDayOf(slice.to),
        job.employerId,
        job.jobTitle,
        c.salaryBase,
        c.employeeRate,
        c.employerRate,
        c.employeeAmount,
        c.employerAmount,
        slice.paid ? "paid" : "unpaid",
        closedThrough ? firstDayOf(closedThrough) : null,
      ]);
    }
  }
  return { months: monthsInclusive(job.from, end), lastSalaryBase };
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
