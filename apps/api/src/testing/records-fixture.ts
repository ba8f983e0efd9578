import { type Db, uuidv7 } from "@ansinh/db";
import { foldVietnamese } from "@ansinh/domain";
import type { TestApp } from "./build-test-app";
import { citizenCookie, createTestCitizen } from "./citizen-fixture";
import { createTestHousehold } from "./household-fixture";
import { createTestPerson, ensureReferenceData, type TestPerson } from "./person-fixture";

/**
 * A small personal record whose every figure is known, written straight into the ledger tables: two
 * employers (the second with three unpaid months), a running household health insurance period, two
 * cards (the current one and the one it replaced), two benefits and four visits over two years — one
 * of them on 1 January in Vietnam while it is still 31 December in UTC.
 */
interface WithDb {
  db: Db;
}

let serial = 0;

/** A primary-care facility and a hospital of Hồ Chí Minh City (facilities are not reference data). */
export const testFacilities = {
  primary: { code: "79T01", name: "Trạm Y tế Phường Thử Nghiệm" },
  hospital: { code: "79T02", name: "Bệnh viện Đa khoa Thử Nghiệm" },
} as const;

async function ensureFacilities(t: WithDb) {
  for (const [level, f] of [
    ["initial", testFacilities.primary],
    ["specialised", testFacilities.hospital],
  ] as const) {
    await t.db.query(
      `INSERT INTO medical_facility (code, name, name_folded, level, issues_sick_leave, province_code, commune,
         address, latitude, longitude)
       VALUES ($1, $2, $3, $4, true, '79', 'Phường Bến Thành', 'Số 1 đường Thử Nghiệm', 10.78, 106.7)
       ON CONFLICT (code) DO NOTHING`,
      [f.code, f.name, foldVietnamese(f.name), level],
    );
  }
}

/** An active employer of Hồ Chí Minh City with a tax code no other test uses. */
export async function createTestEmployer(
  t: WithDb,
  name: string,
): Promise<{ id: string; name: string; taxCode: string }> {
  serial += 1;
  const employer = {
    id: uuidv7(),
    name,
    taxCode: `03${String(Date.now()).slice(-4)}${String(serial).padStart(4, "0")}`,
  };
  await t.db.query(
    `INSERT INTO employer (id, unit_code, tax_code, name, name_folded, address, province_code, wage_region,
       office_code, status)
     VALUES ($1, $2, $3, $4, $5, 'Số 9 đường Thử Nghiệm, Phường Bến Thành', '79', 1, 'BHXH-79', 'active')`,
    [employer.id, `TN${employer.taxCode}`, employer.taxCode, name, foldVietnamese(name)],
  );
  return employer;
}

/** A participation period as insertPeriod writes it: months "yyyy-MM", amounts monthly. */
export interface PeriodRow {
  scheme: string;
  from: string;
  to: string | null;
  employerId: string | null;
  jobTitle: string | null;
  salaryBase: number;
  rates: [string, string];
  amounts: [number, number];
  status: "paid" | "unpaid" | "suspended" | "reserved";
  closedThrough: string | null;
}

/** The running household health insurance period (4.5 % of the base salary, since 01/2019). */
export const householdInsurance: PeriodRow = {
  scheme: "health_insurance",
  from: "2019-01",
  to: null,
  employerId: null,
  jobTitle: null,
  salaryBase: 2_340_000,
  rates: ["4.500", "0.000"],
  amounts: [105_300, 0],
  status: "paid",
  closedThrough: null,
};

export async function insertPeriod(t: WithDb, personId: string, p: PeriodRow) {
  await t.db.query(
    `INSERT INTO participation_period (person_id, id, scheme, from_month, to_month, employer_id, job_title,
       salary_base, employee_rate, employer_rate, employee_amount, employer_amount, status, closed_through)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      personId,
      uuidv7(),
      p.scheme,
      `${p.from}-01`,
      p.to ? `${p.to}-01` : null,
      p.employerId,
      p.jobTitle,
      p.salaryBase,
      p.rates[0],
      p.rates[1],
      p.amounts[0],
      p.amounts[1],
      p.status,
      p.closedThrough ? `${p.closedThrough}-01` : null,
    ],
  );
}

interface VisitRow {
  admittedAt: string;
  dischargedAt: string;
  kind: "outpatient" | "inpatient";
  facilityCode: string;
  main: string;
  other: string | null;
  cost: [total: number, fund: number, patient: number];
}

async function insertVisit(t: WithDb, personId: string, v: VisitRow): Promise<string> {
  const id = uuidv7();
  await t.db.query(
    `INSERT INTO medical_visit (person_id, id, facility_code, kind, admitted_at, discharged_at, main_diagnosis,
       other_diagnoses, total_cost, fund_paid, patient_paid)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [personId, id, v.facilityCode, v.kind, v.admittedAt, v.dischargedAt, v.main, v.other, ...v.cost],
  );
  return id;
}

async function insertBenefit(
  t: WithDb,
  personId: string,
  b: {
    kind: string;
    decision: string;
    from: string;
    to: string | null;
    amount: number;
    office: string;
    paidOn: string;
  },
) {
  await t.db.query(
    `INSERT INTO benefit_payment (person_id, id, kind, decision_number, period_from, period_to, amount,
       paying_office_code, paid_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [personId, uuidv7(), b.kind, b.decision, b.from, b.to, b.amount, b.office, b.paidOn],
  );
}

export async function insertCard(
  t: WithDb,
  person: Pick<TestPerson, "id" | "bhxhNumber">,
  c: {
    groupCode: string;
    printedLevel: number;
    validFrom: string;
    validTo: string | null;
    fiveYearsFrom: string | null;
    issuedOn: string;
    status: "active" | "expired" | "replaced" | "revoked";
  },
) {
  await t.db.query(
    `INSERT INTO health_insurance_card (person_id, id, card_number, card_code, group_code, printed_level,
       province_code, facility_code, valid_from, valid_to, five_years_from, issued_on, status)
     VALUES ($1, $2, $3, $4, $5, $6, '79', $7, $8, $9, $10, $11, $12)`,
    [
      person.id,
      uuidv7(),
      person.bhxhNumber,
      `${c.groupCode}${c.printedLevel}79${person.bhxhNumber}`,
      c.groupCode,
      c.printedLevel,
      testFacilities.primary.code,
      c.validFrom,
      c.validTo,
      c.fiveYearsFrom,
      c.issuedOn,
      c.status,
    ],
  );
}

/** The year in Vietnam now: the current card is valid over it. */
const vietnamYearNow = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/** What createRecordsCitizen wrote, as the tests check it. */
export interface KnownRecords {
  employers: { first: { name: string; taxCode: string }; second: { name: string; taxCode: string } };
  /** Visit ids by diagnosis code. */
  visits: Record<"J02.9" | "K35.8" | "M54.5" | "R51", string>;
  cardYear: number;
}

/** Writes the known record of a person (see the module comment). */
async function writeKnownRecords(t: WithDb, person: Pick<TestPerson, "id" | "bhxhNumber">) {
  await ensureReferenceData(t);
  await ensureFacilities(t);
  const first = await createTestEmployer(t, "Công ty TNHH May mặc Thử Nghiệm");
  const second = await createTestEmployer(t, "Công ty Cổ phần Điện tử Thử Nghiệm");
  const employment = { rates: ["8.000", "17.500"] as [string, string] };
  await insertPeriod(t, person.id, {
    scheme: "bhxh_compulsory",
    from: "2015-01",
    to: "2016-12",
    employerId: first.id,
    jobTitle: "Công nhân may",
    salaryBase: 6_000_000,
    ...employment,
    amounts: [480_000, 1_050_000],
    status: "paid",
    closedThrough: "2016-12",
  });
  await insertPeriod(t, person.id, {
    scheme: "unemployment",
    from: "2015-01",
    to: "2016-12",
    employerId: first.id,
    jobTitle: "Công nhân may",
    salaryBase: 6_000_000,
    rates: ["1.000", "1.000"],
    amounts: [60_000, 60_000],
    status: "paid",
    closedThrough: "2016-12",
  });
  await insertPeriod(t, person.id, {
    scheme: "bhxh_compulsory",
    from: "2017-03",
    to: "2017-12",
    employerId: second.id,
    jobTitle: "Kỹ sư",
    salaryBase: 10_000_000,
    ...employment,
    amounts: [800_000, 1_750_000],
    status: "paid",
    closedThrough: "2017-12",
  });
  await insertPeriod(t, person.id, {
    scheme: "bhxh_compulsory",
    from: "2018-01",
    to: "2018-03",
    employerId: second.id,
    jobTitle: "Kỹ sư",
    salaryBase: 10_000_000,
    ...employment,
    amounts: [800_000, 1_750_000],
    status: "unpaid",
    closedThrough: "2017-12",
  });
  await insertPeriod(t, person.id, householdInsurance);

  const cardYear = vietnamYearNow();
  await insertCard(t, person, {
    groupCode: "DN",
    printedLevel: 4,
    validFrom: `${cardYear - 1}-01-01`,
    validTo: `${cardYear - 1}-12-31`,
    fiveYearsFrom: "2020-01-01",
    issuedOn: `${cardYear - 2}-12-20`,
    status: "replaced",
  });
  await insertCard(t, person, {
    groupCode: "DN",
    printedLevel: 4,
    validFrom: `${cardYear}-01-01`,
    validTo: `${cardYear}-12-31`,
    fiveYearsFrom: "2020-01-01",
    issuedOn: `${cardYear - 1}-12-20`,
    status: "active",
  });

  await insertBenefit(t, person.id, {
    kind: "sickness",
    decision: "101/2019/QĐ-BHXH",
    from: "2019-11-04",
    to: "2019-11-08",
    amount: 1_724_000,
    office: "BHXH-79",
    paidOn: "2019-12-20",
  });
  await insertBenefit(t, person.id, {
    kind: "unemployment",
    decision: "4410/2021/QĐ-SLĐTBXH",
    from: "2021-05-01",
    to: "2021-07-31",
    amount: 13_500_000,
    office: "BHXH-79-01",
    paidOn: "2021-05-25",
  });

  const { primary, hospital } = testFacilities;
  const visits = {
    "J02.9": await insertVisit(t, person.id, {
      admittedAt: "2024-02-12T08:15:00+07:00",
      dischargedAt: "2024-02-12T11:00:00+07:00",
      kind: "outpatient",
      facilityCode: primary.code,
      main: "J02.9",
      other: null,
      cost: [185_000, 148_000, 37_000],
    }),
    "K35.8": await insertVisit(t, person.id, {
      admittedAt: "2024-09-03T08:15:00+07:00",
      dischargedAt: "2024-09-07T11:00:00+07:00",
      kind: "inpatient",
      facilityCode: hospital.code,
      main: "K35.8",
      other: "I10; E11.9",
      cost: [18_450_000, 14_760_000, 3_690_000],
    }),
    "M54.5": await insertVisit(t, person.id, {
      admittedAt: "2025-03-21T08:15:00+07:00",
      dischargedAt: "2025-03-21T11:00:00+07:00",
      kind: "outpatient",
      facilityCode: primary.code,
      main: "M54.5",
      other: null,
      cost: [420_000, 336_000, 84_000],
    }),
    // 06:00 on 1 January in Vietnam is still 31 December in UTC: the visit belongs to 2025.
    R51: await insertVisit(t, person.id, {
      admittedAt: "2025-01-01T06:00:00+07:00",
      dischargedAt: "2025-01-01T07:30:00+07:00",
      kind: "outpatient",
      facilityCode: primary.code,
      main: "R51",
      other: null,
      cost: [230_000, 184_000, 46_000],
    }),
  };
  return {
    employers: {
      first: { name: first.name, taxCode: first.taxCode },
      second: { name: second.name, taxCode: second.taxCode },
    },
    visits,
    cardYear,
  } satisfies KnownRecords;
}

/** A citizen with an account (password already changed), the known record, and a signed-in cookie. */
export async function createRecordsCitizen(t: TestApp) {
  const citizen = await createTestCitizen(t, { mustChangePassword: false });
  const known = await writeKnownRecords(t, citizen);
  return { citizen, known, cookie: await citizenCookie(t.app, citizen) };
}

/** A signed-in citizen with nothing in the ledger. */
export async function createBareCitizen(t: TestApp) {
  const citizen = await createTestCitizen(t, { mustChangePassword: false });
  return { citizen, cookie: await citizenCookie(t.app, citizen) };
}

/**
 * A household: the signed-in parent (its head), a child under 18 and an adult child with an account
 * (who is the minor's sibling, not parent). The parent holds a near-poor (CN) card printed with level 3
 * before CN became level 2 on 01/01/2026; the children hold a pupil's (HS) and an employee's (DN) card.
 */
export async function createTestFamily(t: TestApp) {
  const parent = await createTestCitizen(t, { mustChangePassword: false });
  const year = vietnamYearNow();
  const minor = await createTestPerson(t, { fullName: "Lê Minh Bé", birthDate: `${year - 10}-09-02` });
  const adult = await createTestCitizen(t, { mustChangePassword: false });
  await t.db.query(
    "UPDATE person SET full_name = 'Lê Văn Lớn', birth_year = $2, birth_date = $3 WHERE id = $1",
    [adult.id, year - 25, `${year - 25}-01-15`],
  );
  const household = await createTestHousehold(t, [parent, minor, adult]);
  await ensureFacilities(t);
  for (const [person, groupCode, printedLevel] of [
    [parent, "CN", 3],
    [minor, "HS", 4],
    [adult, "DN", 4],
  ] as const) {
    await insertCard(t, person, {
      groupCode,
      printedLevel,
      validFrom: `${year}-01-01`,
      validTo: `${year}-12-31`,
      fiveYearsFrom: null,
      issuedOn: "2025-12-28",
      status: "active",
    });
  }
  return {
    household,
    parent: { ...parent, cookie: await citizenCookie(t.app, parent) },
    minor,
    adult: { ...adult, cookie: await citizenCookie(t.app, adult) },
  };
}

/**
 * A long history for the query-count tests: `n` periods, visits and benefits, and `n` reads in the
 * staff access log.
 */
export async function writeLongHistory(t: WithDb, person: Pick<TestPerson, "id" | "bhxhNumber">, n: number) {
  await ensureReferenceData(t);
  await ensureFacilities(t);
  const employers = [];
  for (let i = 0; i < Math.min(n, 15); i++)
    employers.push(await createTestEmployer(t, `Công ty Thử Nghiệm số ${i + 1}`));
  for (let i = 0; i < n; i++) {
    const year = 1985 + i;
    await insertPeriod(t, person.id, {
      scheme: i % 3 === 0 ? "unemployment" : "bhxh_compulsory",
      from: `${year}-01`,
      to: `${year}-12`,
      employerId: employers[i % employers.length]?.id ?? null,
      jobTitle: "Nhân viên",
      salaryBase: 5_000_000 + i * 100_000,
      rates: ["8.000", "17.500"],
      amounts: [400_000 + i * 8_000, 875_000 + i * 17_500],
      status: i % 7 === 6 ? "unpaid" : "paid",
      closedThrough: `${year}-12`,
    });
    await insertVisit(t, person.id, {
      admittedAt: `${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}T08:00:00+07:00`,
      dischargedAt: `${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}T10:00:00+07:00`,
      kind: "outpatient",
      facilityCode: testFacilities.primary.code,
      main: "I10",
      other: "E11.9;E78.5",
      cost: [100_000, 80_000, 20_000],
    });
    await insertBenefit(t, person.id, {
      kind: "sickness",
      decision: `${i + 1}/QĐ-BHXH`,
      from: `${2000 + (i % 25)}-03-01`,
      to: `${2000 + (i % 25)}-03-05`,
      amount: 500_000,
      office: "BHXH-79",
      paidOn: `${2000 + (i % 25)}-04-01`,
    });
  }
  const [staff] = await t.db.query<{ id: string }>("SELECT id FROM staff_user LIMIT 1");
  if (staff) {
    for (let i = 0; i < n; i++) {
      await t.db.query(
        `INSERT INTO staff_access_log (person_id, staff_id, office_code, what, why, request_id)
         VALUES ($1, $2, 'BHXH-79', 'records', 'Kiểm tra', 'test')`,
        [person.id, staff.id],
      );
    }
  }
}
