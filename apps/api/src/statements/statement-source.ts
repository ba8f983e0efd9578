/**
 * What a statement is drawn from: the signed-in person's participation history exactly as
 * GET /api/me/history answers it (issue #4 contract), and the few registry facts its header shows.
 */
import type { Scheme } from "@ansinh/db";

export type SchemeCode = Scheme;

interface Bilingual {
  vi: string;
  en: string;
}

interface EmployerRef {
  name: string;
  taxCode: string;
}

export interface HistoryPeriod {
  from: string;
  to: string | null;
  months: number;
  employer: EmployerRef | null;
  jobTitle: string | null;
  salaryBase: number;
  employeeRate: string;
  employerRate: string;
  employeeAmount: number;
  employerAmount: number;
  employeeTotal: number;
  employerTotal: number;
  status: "paid" | "unpaid" | "suspended" | "reserved";
  closedThrough: string | null;
}

export interface HistoryUnpaid {
  employer: EmployerRef | null;
  from: string;
  to: string;
  months: number;
  amount: number;
}

export interface HistoryScheme {
  scheme: SchemeCode;
  name: Bilingual;
  months: number;
  duration: { years: number; months: number };
  employeeTotal: number;
  employerTotal: number;
  /** Newest first. */
  periods: HistoryPeriod[];
  unpaid: HistoryUnpaid[];
}

/** The body of GET /api/me/history without filters (and without its asOf). */
export interface ParticipationHistory {
  closedThrough: string | null;
  schemes: HistoryScheme[];
}

/** The person as the statement's header shows them (a subset of GET /api/me/profile). */
export interface StatementPerson {
  bhxhNumber: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: "male" | "female";
  /** e.g. "079*******23"; null when the registry has no ID number. */
  nationalIdMasked: string | null;
  /** The province of the person's address: where the statement says it was issued. */
  provinceName: string;
}
