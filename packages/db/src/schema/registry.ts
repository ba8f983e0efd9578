import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { holds, oneOf } from "./checks";
import { bytea, nameSortKey } from "./columns";
import { office } from "./reference";

/** Money is whole đồng; bigint columns are read back as JS numbers (safe far beyond any real amount). */
const vnd = (name: string) => bigint(name, { mode: "number" });

export const employer = pgTable(
  "employer",
  {
    id: uuid("id").primaryKey(),
    /** Unit code assigned by VSS (mã đơn vị), alphanumeric. */
    unitCode: text("unit_code").notNull().unique(),
    taxCode: text("tax_code").notNull().unique(),
    name: text("name").notNull(),
    nameFolded: text("name_folded").notNull(),
    nameSortKey: nameSortKey(),
    address: text("address").notNull(),
    provinceCode: char("province_code", { length: 2 }).notNull(),
    /** Regional minimum-wage region (1–4) of the workplace: it sets the floor and the BHTN cap. */
    wageRegion: smallint("wage_region").notNull(),
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    status: text("status", { enum: ["active", "suspended", "closed"] }).notNull(),
  },
  (t) => [
    index("employer_province_idx").on(t.provinceCode),
    // The public look-up by name: substrings and small typos of the folded name (pg_trgm).
    index("employer_name_trgm_idx").using("gin", t.nameFolded.op("gin_trgm_ops")),
    oneOf("employer_status_check", t.status, ["active", "suspended", "closed"]),
    holds("employer_wage_region_check", sql`${t.wageRegion} BETWEEN 1 AND 4`),
  ],
);

export const household = pgTable("household", {
  id: uuid("id").primaryKey(),
  code: text("code").notNull().unique(),
  /** Set once the head is inserted; persons reference the household, not the reverse. */
  headPersonId: uuid("head_person_id"),
  provinceCode: char("province_code", { length: 2 }).notNull(),
  address: text("address").notNull(),
});

export const person = pgTable(
  "person",
  {
    id: uuid("id").primaryKey(),
    bhxhNumber: char("bhxh_number", { length: 10 }).notNull(),
    fullName: text("full_name").notNull(),
    /** foldVietnamese(full_name): lower-case, no marks, đ→d — for search with or without diacritics. */
    nameFolded: text("name_folded").notNull(),
    /** Registry records carry either a full date of birth or only the year; both occur. */
    birthYear: smallint("birth_year").notNull(),
    birthDate: date("birth_date"),
    sex: text("sex", { enum: ["male", "female"] }).notNull(),
    nationalIdKind: text("national_id_kind", { enum: ["cccd", "cmnd"] }),
    /** AES-256-GCM ciphertext (see crypto/field-cipher.ts); never stored in clear. */
    nationalIdCipher: bytea("national_id_cipher"),
    /** Keyed HMAC of the normalised ID number, so it can be looked up without decrypting. */
    nationalIdIndex: text("national_id_index"),
    phone: text("phone"),
    email: text("email"),
    /** Address in the new (01/07/2025) administrative units; communes by name until the list is loaded. */
    provinceCode: char("province_code", { length: 2 }).notNull(),
    commune: text("commune").notNull(),
    addressLine: text("address_line").notNull(),
    /** Old (63-list) province the record came from, kept because identifiers still use it. */
    originProvinceCode: char("origin_province_code", { length: 2 }).notNull(),
    householdId: uuid("household_id").references(() => household.id),
    relationToHead: text("relation_to_head", {
      enum: ["head", "spouse", "child", "parent", "grandchild", "sibling", "other"],
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("person_bhxh_number_key").on(t.bhxhNumber),
    uniqueIndex("person_national_id_index_key").on(t.nationalIdIndex),
    index("person_household_idx").on(t.householdId),
    // "Tra cứu mã số BHXH": a province and a name typed with or without diacritics.
    index("person_province_name_idx").on(t.provinceCode, t.nameFolded),
    oneOf("person_sex_check", t.sex, ["male", "female"]),
    holds("person_bhxh_number_check", sql`${t.bhxhNumber} ~ '^[0-9]{10}$'`),
    holds(
      "person_birth_check",
      sql`${t.birthDate} IS NULL OR extract(year FROM ${t.birthDate}) = ${t.birthYear}`,
    ),
  ],
);

/**
 * Every person-owned table (the ledger below, requests, chats, petitions) starts with these columns and
 * is keyed (person_id, id), by person first, so it can be sharded by person.
 */
export const ownedByPerson = {
  personId: uuid("person_id")
    .notNull()
    .references(() => person.id),
  id: uuid("id").notNull(),
};

export const schemes = [
  "bhxh_compulsory",
  "bhxh_voluntary",
  "unemployment",
  "occupational_accident",
  "health_insurance",
] as const;

const benefitKinds = [
  "sickness",
  "maternity",
  "unemployment",
  "one_time",
  "pension",
  "occupational_accident",
] as const;

export const participationPeriod = pgTable(
  "participation_period",
  {
    ...ownedByPerson,
    scheme: text("scheme", { enum: schemes }).notNull(),
    /** First day of the first month and of the last month (inclusive); null = still running. */
    fromMonth: date("from_month").notNull(),
    toMonth: date("to_month"),
    employerId: uuid("employer_id").references(() => employer.id),
    jobTitle: text("job_title"),
    salaryBase: vnd("salary_base").notNull(),
    /** Percent of the salary base, e.g. 8.000 and 17.500 for compulsory BHXH. */
    employeeRate: text("employee_rate").notNull(),
    employerRate: text("employer_rate").notNull(),
    employeeAmount: vnd("employee_amount").notNull(),
    employerAmount: vnd("employer_amount").notNull(),
    status: text("status", { enum: ["paid", "unpaid", "suspended", "reserved"] }).notNull(),
    /** "Chốt sổ": the last month confirmed as closed for this period, if any. */
    closedThrough: date("closed_through"),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index("participation_employer_idx").on(t.employerId),
    oneOf("participation_scheme_check", t.scheme, schemes),
    oneOf("participation_status_check", t.status, ["paid", "unpaid", "suspended", "reserved"]),
    holds("participation_months_check", sql`${t.toMonth} IS NULL OR ${t.toMonth} >= ${t.fromMonth}`),
    holds(
      "participation_amounts_check",
      sql`${t.salaryBase} >= 0 AND ${t.employeeAmount} >= 0 AND ${t.employerAmount} >= 0`,
    ),
  ],
);

export const healthInsuranceCard = pgTable(
  "health_insurance_card",
  {
    ...ownedByPerson,
    /** On the 2021 template the printed number is the 10-digit BHXH number. */
    cardNumber: char("card_number", { length: 10 }).notNull(),
    cardCode: char("card_code", { length: 15 }).notNull(),
    groupCode: char("group_code", { length: 2 }).notNull(),
    printedLevel: smallint("printed_level").notNull(),
    /** Old-list province of the issuing office (characters 4–5 of the 15-character code). */
    provinceCode: char("province_code", { length: 2 }).notNull(),
    facilityCode: char("facility_code", { length: 5 }).notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    fiveYearsFrom: date("five_years_from"),
    issuedOn: date("issued_on").notNull(),
    status: text("status", { enum: ["active", "expired", "replaced", "revoked"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    oneOf("card_status_check", t.status, ["active", "expired", "replaced", "revoked"]),
    holds("card_level_check", sql`${t.printedLevel} BETWEEN 1 AND 5`),
    holds("card_validity_check", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const benefitPayment = pgTable(
  "benefit_payment",
  {
    ...ownedByPerson,
    kind: text("kind", { enum: benefitKinds }).notNull(),
    decisionNumber: text("decision_number").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to"),
    amount: vnd("amount").notNull(),
    payingOfficeCode: text("paying_office_code")
      .notNull()
      .references(() => office.code),
    paidOn: date("paid_on").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    oneOf("benefit_kind_check", t.kind, benefitKinds),
    holds("benefit_amount_check", sql`${t.amount} >= 0`),
  ],
);

export const medicalVisit = pgTable(
  "medical_visit",
  {
    ...ownedByPerson,
    facilityCode: char("facility_code", { length: 5 }).notNull(),
    kind: text("kind", { enum: ["outpatient", "inpatient"] }).notNull(),
    admittedAt: timestamp("admitted_at", { withTimezone: true }).notNull(),
    dischargedAt: timestamp("discharged_at", { withTimezone: true }).notNull(),
    mainDiagnosis: text("main_diagnosis").notNull(),
    /** Secondary ICD-10 codes separated by ";" as in XML 130 (MA_BENH_KT). */
    otherDiagnoses: text("other_diagnoses"),
    totalCost: vnd("total_cost").notNull(),
    fundPaid: vnd("fund_paid").notNull(),
    patientPaid: vnd("patient_paid").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    oneOf("visit_kind_check", t.kind, ["outpatient", "inpatient"]),
    // The fund and the patient share exactly the total: not a đồng lost or invented.
    holds(
      "visit_cost_split_check",
      sql`${t.fundPaid} >= 0 AND ${t.patientPaid} >= 0 AND ${t.fundPaid} + ${t.patientPaid} = ${t.totalCost}`,
    ),
    holds("visit_dates_check", sql`${t.dischargedAt} >= ${t.admittedAt}`),
  ],
);
