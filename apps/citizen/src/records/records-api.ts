/**
 * The personal-records API as the citizen app reads it (GET /api/me/…). Amounts are whole đồng, days
 * "yyyy-mm-dd", months "yyyy-mm"; `asOf` is when the server read the data. The readers check the
 * outline of each answer (an answer kept offline by an older version must not break a page) and
 * trust the server for the rest.
 */

export interface Bilingual {
  vi: string;
  en: string;
}

interface Dated {
  asOf: string;
}

export interface HouseholdMember {
  fullName: string;
  birthYear: number;
  relation: string | null;
  self: boolean;
  /** Only for the person's own children under 18: the parent may open their card. */
  bhxhNumber: string | null;
}

export interface Profile extends Dated {
  bhxhNumber: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: "male" | "female";
  nationalIdMasked: string | null;
  phone: string | null;
  email: string | null;
  address: { line: string; commune: string; provinceName: string };
  household: null | { code: string; members: HouseholdMember[] };
}

export interface Card {
  cardNumber: string;
  cardCode: string;
  groupCode: string;
  groupName: Bilingual;
  printedLevel: number;
  levelToday: number;
  percentToday: number;
  rules: Bilingual[];
  facility: { code: string; name: string };
  validFrom: string;
  validTo: string | null;
  fiveYearsFrom: string | null;
  issuedOn: string;
  status: "active" | "expired" | "replaced" | "revoked";
  statusToday: "valid" | "expired" | "not_yet_valid";
  qr: string;
  holder: {
    fullName: string;
    birthDate: string | null;
    birthYear: number;
    sex: "male" | "female";
    address: string;
  };
}

export interface CardAnswer extends Dated {
  card: Card | null;
}

export const schemeKeys = [
  "bhxh_compulsory",
  "bhxh_voluntary",
  "unemployment",
  "occupational_accident",
  "health_insurance",
] as const;
export type SchemeKey = (typeof schemeKeys)[number];

export interface Employer {
  name: string;
  taxCode: string;
}

export interface Period {
  from: string;
  to: string | null;
  months: number;
  employer: Employer | null;
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

export interface Unpaid {
  employer: Employer | null;
  from: string;
  to: string;
  months: number;
  amount: number;
}

export interface Scheme {
  scheme: SchemeKey;
  name: Bilingual;
  months: number;
  duration: { years: number; months: number };
  employeeTotal: number;
  employerTotal: number;
  periods: Period[];
  unpaid: Unpaid[];
}

export interface History extends Dated {
  closedThrough: string | null;
  schemes: Scheme[];
}

export interface Benefit {
  kind: string;
  kindName: Bilingual;
  decisionNumber: string;
  periodFrom: string;
  periodTo: string | null;
  amount: number;
  payingOffice: { code: string; name: string };
  paidOn: string;
}

export interface Benefits extends Dated {
  total: number;
  items: Benefit[];
}

export interface Diagnosis {
  code: string;
  name: string;
}

export interface Visit {
  id: string;
  facility: { code: string; name: string };
  kind: "outpatient" | "inpatient";
  admittedAt: string;
  dischargedAt: string;
  mainDiagnosis: Diagnosis;
  otherDiagnoses: Diagnosis[];
  totalCost: number;
  fundPaid: number;
  patientPaid: number;
  reported: boolean;
}

export interface VisitYear {
  year: number;
  count: number;
  totalCost: number;
  fundPaid: number;
  patientPaid: number;
  visits: Visit[];
}

interface Visits extends Dated {
  years: VisitYear[];
}

interface Access {
  at: string;
  officeName: string;
  staffRole: string;
  what: Bilingual;
  why: string;
}

interface AccessLog extends Dated {
  items: Access[];
}

/** The API paths, in one place (the offline copies are kept under them). */
export const recordPaths = {
  profile: "/api/me/profile",
  card: "/api/me/card",
  childCard: (bhxhNumber: string) => `/api/me/children/${encodeURIComponent(bhxhNumber)}/card`,
  history: "/api/me/history",
  benefits: "/api/me/benefits",
  visits: "/api/me/visits",
  report: (visitId: string) => `/api/me/visits/${encodeURIComponent(visitId)}/report`,
  accessLog: "/api/me/access-log",
};

/** What the history's filter form asks for; "" is "all". */
export interface HistoryFilters {
  scheme: SchemeKey | "";
  fromYear: string;
  toYear: string;
}

/** The history's API path for the filters (the offline copies are kept per path). */
export function historyPath({ scheme, fromYear, toYear }: HistoryFilters): string {
  const query = new URLSearchParams();
  if (scheme) query.set("scheme", scheme);
  if (fromYear) query.set("fromYear", fromYear);
  if (toYear) query.set("toYear", toYear);
  const text = query.toString();
  return text ? `${recordPaths.history}?${text}` : recordPaths.history;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object with a string `asOf` and the listed keys of the given kinds, or null. */
function outline<T>(
  body: unknown,
  keys: Readonly<Record<string, "array" | "object" | "objectOrNull">>,
): T | null {
  if (!isObject(body) || typeof body.asOf !== "string") return null;
  for (const [key, kind] of Object.entries(keys)) {
    const value = body[key];
    const fits =
      kind === "array"
        ? Array.isArray(value)
        : kind === "object"
          ? isObject(value)
          : value === null || isObject(value);
    if (!fits) return null;
  }
  return body as T;
}

export const readProfile = (body: unknown) =>
  outline<Profile>(body, { address: "object", household: "objectOrNull" });
export const readCard = (body: unknown) => outline<CardAnswer>(body, { card: "objectOrNull" });
export const readHistory = (body: unknown) => outline<History>(body, { schemes: "array" });
export const readBenefits = (body: unknown) => outline<Benefits>(body, { items: "array" });
export const readVisits = (body: unknown) => outline<Visits>(body, { years: "array" });
export const readAccessLog = (body: unknown) => outline<AccessLog>(body, { items: "array" });
