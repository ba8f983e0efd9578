import type { SqlRunner } from "../../create-db";
import type { schemes } from "../../schema/registry";
import { type PersonRead, runPersonRead } from "./person-read";

export type Scheme = (typeof schemes)[number];
export type PeriodStatus = "paid" | "unpaid" | "suspended" | "reserved";

/** One participation period as the ledger holds it: months as "yyyy-MM", amounts monthly, in đồng. */
export interface ParticipationPeriod {
  scheme: Scheme;
  from: string;
  /** Last month, or null while the period runs. */
  to: string | null;
  employer: { name: string; taxCode: string } | null;
  jobTitle: string | null;
  salaryBase: number;
  /** Percent of the salary base as stored, e.g. "8.000". */
  employeeRate: string;
  employerRate: string;
  employeeAmount: number;
  employerAmount: number;
  status: PeriodStatus;
  closedThrough: string | null;
}

export interface ParticipationFilter {
  scheme?: Scheme;
  /** Periods that overlap these months (inclusive, "yyyy-MM"); a running period runs to `asOfMonth`. */
  fromMonth?: string;
  toMonth?: string;
  asOfMonth: string;
}

export interface ParticipationHistory {
  /** "Đã chốt đến tháng": the latest month closed over all the person's periods, whatever the filter. */
  closedThrough: string | null;
  /** Newest first. */
  periods: ParticipationPeriod[];
}

interface PeriodRow extends Omit<ParticipationPeriod, "employer" | "closedThrough"> {
  bookClosedThrough: string | null;
  periodClosedThrough: string | null;
  employerName: string | null;
  employerTaxCode: string | null;
}

/**
 * The person's periods with their employers, and the book's closing month, in one statement: two range
 * reads of the (person_id, id) key, however long the history.
 */
export function participationRead(filter: ParticipationFilter): PersonRead<PeriodRow, ParticipationHistory> {
  const month = (ym: string | undefined) => (ym ? `${ym}-01` : null);
  return {
    sql: (person, param) => {
      const scheme = param(filter.scheme ?? null);
      const from = param(month(filter.fromMonth));
      const to = param(month(filter.toMonth));
      const asOf = param(month(filter.asOfMonth));
      return `SELECT b.closed AS "bookClosedThrough", x.*
       FROM (SELECT to_char(max(closed_through), 'YYYY-MM') AS closed
               FROM participation_period WHERE person_id = ${person}) b
       LEFT JOIN LATERAL (
         SELECT pp.id, pp.scheme, to_char(pp.from_month, 'YYYY-MM') AS "from",
                to_char(pp.to_month, 'YYYY-MM') AS "to", e.name AS "employerName",
                e.tax_code AS "employerTaxCode", pp.job_title AS "jobTitle",
                pp.salary_base::float8 AS "salaryBase", pp.employee_rate AS "employeeRate",
                pp.employer_rate AS "employerRate", pp.employee_amount::float8 AS "employeeAmount",
                pp.employer_amount::float8 AS "employerAmount", pp.status,
                to_char(pp.closed_through, 'YYYY-MM') AS "periodClosedThrough"
           FROM participation_period pp
           LEFT JOIN employer e ON e.id = pp.employer_id
          WHERE pp.person_id = ${person}
            AND (${scheme}::text IS NULL OR pp.scheme = ${scheme}::text)
            AND (${from}::date IS NULL OR coalesce(pp.to_month, ${asOf}::date) >= ${from}::date)
            AND (${to}::date IS NULL OR pp.from_month <= ${to}::date)
       ) x ON true
      ORDER BY x."from" DESC, x.id DESC`;
    },
    map: (rows) => ({
      closedThrough: rows[0]?.bookClosedThrough ?? null,
      periods: rows.filter((r) => r.from !== null).map(periodOf),
    }),
  };
}

const periodOf = (r: PeriodRow): ParticipationPeriod => ({
  scheme: r.scheme,
  from: r.from,
  to: r.to,
  employer: r.employerName && r.employerTaxCode ? { name: r.employerName, taxCode: r.employerTaxCode } : null,
  jobTitle: r.jobTitle,
  salaryBase: r.salaryBase,
  employeeRate: r.employeeRate,
  employerRate: r.employerRate,
  employeeAmount: r.employeeAmount,
  employerAmount: r.employerAmount,
  status: r.status,
  closedThrough: r.periodClosedThrough,
});

export function listParticipation(
  db: SqlRunner,
  personId: string,
  filter: ParticipationFilter,
): Promise<ParticipationHistory> {
  return runPersonRead(db, personId, participationRead(filter));
}
