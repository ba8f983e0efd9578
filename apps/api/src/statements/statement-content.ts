import { randomBytes } from "node:crypto";
import { statedSchemes } from "./statement-schemes";
import type { ParticipationHistory, SchemeCode, StatementPerson } from "./statement-source";

/**
 * What the QR of a printed statement vouches for: enough to check a paper copy against — whose it is
 * (BHXH number and full name), when it was issued and its number, how far the record is closed, and
 * for each scheme the months and the amounts paid by the worker and by the employer, and the months
 * left unpaid. Nothing more: no date of birth, no ID number, no employer, no period (they are on the
 * paper; a changed period changes a total).
 */
export interface StatementContent {
  /** Statement number, printed on the paper: 12 characters of Crockford base32. */
  id: string;
  /** Day of issue in Vietnam, yyyy-mm-dd. */
  issuedOn: string;
  bhxhNumber: string;
  fullName: string;
  /** "Đã chốt đến": the last month closed in the record, yyyy-mm. */
  closedThrough: string | null;
  schemes: StatementSchemeTotals[];
}

export interface StatementSchemeTotals {
  scheme: SchemeCode;
  months: number;
  employeeTotal: number;
  employerTotal: number;
  unpaidMonths: number;
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 60 random bits as 12 Crockford base32 characters (no I, L, O, U: easy to read out on the phone). */
export function newStatementId(): string {
  let n = randomBytes(8).readBigUInt64BE() >> 4n;
  let id = "";
  for (let i = 0; i < 12; i++) {
    id = crockford[Number(n & 31n)] + id;
    n >>= 5n;
  }
  return id;
}

export const statementIdPattern = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** The statement's signed content, from the same history the PDF's tables are drawn from. */
export function statementContent(
  person: Pick<StatementPerson, "bhxhNumber" | "fullName">,
  history: ParticipationHistory,
  issue: { id: string; issuedOn: string },
): StatementContent {
  return {
    id: issue.id,
    issuedOn: issue.issuedOn,
    bhxhNumber: person.bhxhNumber,
    fullName: person.fullName.normalize("NFC"),
    closedThrough: history.closedThrough,
    schemes: statedSchemes(history.schemes).map((s) => ({
      scheme: s.scheme,
      months: s.months,
      employeeTotal: s.employeeTotal,
      employerTotal: s.employerTotal,
      unpaidMonths: s.unpaid.reduce((sum, u) => sum + u.months, 0),
    })),
  };
}
