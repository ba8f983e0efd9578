import { type BirthDate, earliestDayOf, foldVietnamese, type IsoDate, type YearMonth } from "@ansinh/domain";
import type { FieldCipher } from "../crypto/field-cipher";
import { uuidv7 } from "../uuidv7";
import { sealNationalId } from "./identities";
import { benefitAmounts, cardLevel } from "./law";
import {
  type Job,
  writeBenefit,
  writeCard,
  writeHealthCoverage,
  writeJob,
  writeVisit,
} from "./person-records";
import type { TableBuffers } from "./tables";
import { type Employer, taxCodeFrom, type World } from "./world";

/**
 * The named demo persons and staff that the README lists. Their histories are written by hand (not
 * drawn at random) so that journeys and screenshots can rely on them: several employers, a cap that
 * bites, unpaid months, a spell of unemployment, benefits, a parent and child, a pensioner.
 */
export const DEMO_PASSWORD = "Demo@2026";

export const demoPersons = {
  richHistory: { bhxhNumber: "7901234567", cccd: "079085000123", fullName: "Nguyễn Văn An" },
  parent: { bhxhNumber: "7901234568", cccd: "079190000456", fullName: "Trần Thị Bình" },
  child: { bhxhNumber: "7901234569", cccd: "079215000789", fullName: "Lê Minh Khôi" },
  pensioner: { bhxhNumber: "0101234570", cccd: "001062000321", fullName: "Phạm Văn Dũng" },
  /** Two workers with no account yet, for the registration journeys (one each, as a dossier is once). */
  registrant: { bhxhNumber: "7901234571", cccd: "079188000654", fullName: "Hoàng Thị Mai" },
  registrantForReview: { bhxhNumber: "7901234572", cccd: "079092000987", fullName: "Đặng Quốc Bảo" },
  /** Registers, is turned down (blurry photo), registers again and is approved. */
  registrantForResubmission: { bhxhNumber: "7901234573", cccd: "079195000111", fullName: "Vũ Thị Lan" },
  /** A father with an account whose daughter (under 18) has none yet: the child-account journey. */
  childJourneyParent: { bhxhNumber: "7901234574", cccd: "079087000222", fullName: "Bùi Văn Hùng" },
  childWithoutAccount: { bhxhNumber: "7901234575", cccd: "079316000333", fullName: "Bùi Ngọc Hân" },
  /** Kept for the public-services journeys: a household insured as a household, and a pensioner. */
  householdHead: { bhxhNumber: "7901234576", cccd: "079186000444", fullName: "Đỗ Thị Hoa" },
  householdSpouse: { bhxhNumber: "7901234577", cccd: "079084000555", fullName: "Lý Văn Tâm" },
  servicesPensioner: { bhxhNumber: "0101234578", cccd: "001058000666", fullName: "Trịnh Văn Lộc" },
  /** Kept for the help journeys: chats with the office's support staff and files a petition. */
  helpSeeker: { bhxhNumber: "7901234579", cccd: "079194000777", fullName: "Phan Thị Thu" },
} as const;

/** Demo persons who get an account on the first start; the registrants must register first. */
export const demoAccountHolders = [
  demoPersons.richHistory,
  demoPersons.parent,
  demoPersons.child,
  demoPersons.pensioner,
  demoPersons.childJourneyParent,
  demoPersons.householdHead,
  demoPersons.servicesPensioner,
  demoPersons.helpSeeker,
];

/**
 * Demo staff with published TOTP secrets (base32) so anyone can add them to an authenticator app;
 * like the demo password they exist only outside production.
 */
export const demoStaff = [
  {
    username: "duyet.hcm",
    fullName: "Võ Thị Hạnh",
    role: "reviewer",
    officeCode: "BHXH-79",
    totpSecret: "ANSINHDEMODUYETHCMAAAAAAAAAAAAAA",
  },
  {
    username: "duyet.hn",
    fullName: "Đỗ Quang Huy",
    role: "reviewer",
    officeCode: "BHXH-01",
    totpSecret: "ANSINHDEMODUYETHNAAAAAAAAAAAAAAA",
  },
  {
    username: "hotro.hcm",
    fullName: "Huỳnh Ngọc Trâm",
    role: "support",
    officeCode: "BHXH-79",
    totpSecret: "ANSINHDEMOHOTROHCMAAAAAAAAAAAAAA",
  },
  {
    username: "quantri",
    fullName: "Bùi Minh Tâm",
    role: "admin",
    officeCode: "BHXH-01",
    totpSecret: "ANSINHDEMOQUANTRIAAAAAAAAAAAAAAA",
  },
] as const;

/** Numbers the random population must not take. */
export const reservedNumbers: ReadonlySet<string> = new Set(
  Object.values(demoPersons).flatMap((p) => [p.bhxhNumber, p.cccd]),
);

const demoEmployers: readonly (Omit<Employer, "id" | "latitude" | "longitude" | "commune"> & {
  key: string;
})[] = [
  {
    key: "garment",
    unitCode: "DMA001A",
    taxCode: taxCodeFrom(301000010),
    name: "Công ty TNHH May mặc Phú Thành",
    sector: "enterprise",
    wageRegion: 1,
    officeCode: "BHXH-79",
    status: "active",
    provinceCode: "79",
    address: "Số 12 đường Cách Mạng Tháng Tám, Phường Bến Thành",
  },
  {
    key: "electronics",
    unitCode: "DMA002A",
    taxCode: taxCodeFrom(301000020),
    name: "Công ty Cổ phần Điện tử Sao Việt",
    sector: "enterprise",
    wageRegion: 1,
    officeCode: "BHXH-79",
    status: "suspended",
    provinceCode: "79",
    address: "Số 45 đường Nguyễn Văn Cừ, Phường Chợ Quán",
  },
  {
    key: "software",
    unitCode: "DMA003A",
    taxCode: taxCodeFrom(301000030),
    name: "Công ty TNHH Công nghệ Thông tin Đại Dương",
    sector: "enterprise",
    wageRegion: 1,
    officeCode: "BHXH-79",
    status: "active",
    provinceCode: "79",
    address: "Số 8 đường Lê Duẩn, Phường Sài Gòn",
  },
  {
    key: "trading",
    unitCode: "DMA004A",
    taxCode: taxCodeFrom(301000040),
    name: "Công ty Cổ phần Xuất nhập khẩu Hoàng Long",
    sector: "enterprise",
    wageRegion: 1,
    officeCode: "BHXH-79",
    status: "active",
    provinceCode: "79",
    address: "Số 99 đường Hai Bà Trưng, Phường Tân Định",
  },
  {
    key: "school",
    unitCode: "DMA005A",
    taxCode: taxCodeFrom(101000050),
    name: "Trường THCS Kim Liên",
    sector: "public",
    wageRegion: 1,
    officeCode: "BHXH-01",
    status: "active",
    provinceCode: "01",
    address: "Số 3 đường Lương Định Của, Phường Kim Liên",
  },
];

export function writeDemoWorld(t: TableBuffers, world: World, cipher: FieldCipher, asOf: IsoDate) {
  const employers = new Map<string, Employer>();
  for (const { key, ...e } of demoEmployers) {
    const employer: Employer = {
      ...e,
      id: uuidv7(),
      commune: e.address.split(", ")[1] ?? "",
      latitude: e.provinceCode === "79" ? 10.78 : 21.01,
      longitude: e.provinceCode === "79" ? 106.7 : 105.84,
    };
    employers.set(key, employer);
    t.employer.add([
      employer.id,
      employer.unitCode,
      employer.taxCode,
      employer.name,
      foldVietnamese(employer.name),
      employer.address,
      employer.provinceCode,
      employer.wageRegion,
      employer.officeCode,
      employer.status,
    ]);
  }
  const employer = (key: string) => employers.get(key) as Employer;
  const now = asOf.slice(0, 7);
  const facilityIn = (oldProvince: string, level: "initial" | "basic" | "specialised") =>
    world.facilities.find((f) => f.oldProvinceCode === oldProvince && f.level === level) ??
    world.facilities[0];
  const hcmPrimary = facilityIn("79", "basic");
  const hcmHospital = facilityIn("79", "specialised");
  if (!hcmPrimary || !hcmHospital) throw new Error("The world has no facilities in province 79");

  // A card for the current calendar year, issued in the last days of the year before, in HCMC.
  const year = asOf.slice(0, 4);
  const yearCard = (
    bhxhNumber: string,
    groupCode: string,
    facilityCode: string,
    fiveYearsFrom: IsoDate,
    issuedDay: number,
  ) => ({
    bhxhNumber,
    groupCode,
    printedLevel: cardLevel(groupCode, `${year}-01-01`),
    provinceCode: "79",
    facilityCode,
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
    fiveYearsFrom,
    issuedOn: `${Number(year) - 1}-12-${issuedDay}`,
    status: "active" as const,
  });

  const job = (
    key: string,
    jobTitle: string,
    from: YearMonth,
    to: YearMonth | null,
    salary: number,
    unpaidMonths = 0,
  ): Job => ({
    employerId: employer(key).id,
    wageRegion: employer(key).wageRegion,
    jobTitle,
    from,
    to,
    salary,
    unpaidMonths,
  });

  // Nguyễn Văn An: four employers, arrears at the second, unemployment between the third and fourth,
  // and a salary above the cap in the current job (the base is clamped, and rises on 01/07/2026).
  const an = addPerson(t, cipher, {
    ...demoPersons.richHistory,
    sex: "male",
    birth: { year: 1985, month: 3, day: 15 },
    provinceCode: "79",
    origin: "79",
    phone: "0912345678",
    email: "nguyen.van.an@example.com",
  });
  for (const j of [
    job("garment", "Công nhân may", "2010-01", "2013-06", 4_500_000),
    job("electronics", "Kỹ thuật viên", "2013-09", "2017-12", 7_200_000, 3),
    job("software", "Lập trình viên", "2018-04", "2021-03", 15_000_000),
    job("trading", "Trưởng phòng kinh doanh", "2021-09", null, 52_000_000),
  ])
    writeJob(t, an, j, now);
  writeBenefit(t, an, {
    kind: "sickness",
    decisionNumber: "2156/2019/QĐ-BHXH",
    from: "2019-11-04",
    to: "2019-11-08",
    amount: benefitAmounts.sickness(15_000_000, "2019-11-04", 1, 5),
    payingOfficeCode: "BHXH-79",
    paidOn: "2019-12-20",
  });
  writeBenefit(t, an, {
    kind: "unemployment",
    decisionNumber: "4410/2021/QĐ-SLĐTBXH",
    from: "2021-05-01",
    to: "2021-07-31",
    amount: benefitAmounts.unemployment(15_000_000, "2021-05-01", 1, 3),
    payingOfficeCode: "BHXH-79",
    paidOn: "2021-05-25",
  });
  writeCard(t, an, yearCard(demoPersons.richHistory.bhxhNumber, "DN", hcmPrimary.code, "2015-01-01", 20));
  const visits: [IsoDate, "outpatient" | "inpatient", string, number, number][] = [
    ["2024-02-12", "outpatient", "J02.9", 0, 185_000],
    ["2024-09-03", "inpatient", "K35.8", 4, 18_450_000],
    ["2025-03-21", "outpatient", "M54.5", 0, 420_000],
    ["2025-11-10", "outpatient", "I10", 0, 760_000],
    ["2026-04-02", "outpatient", "J06.9", 0, 230_000],
  ];
  for (const [day, kind, diagnosis, stay, totalCost] of visits) {
    if (day >= asOf) continue;
    writeVisit(t, an, {
      facility: kind === "inpatient" ? hcmHospital : hcmPrimary,
      kind,
      admittedAt: `${day}T08:15:00+07:00`,
      dischargedAt: `${day.slice(0, 8)}${String(Number(day.slice(8)) + stay).padStart(2, "0")}T11:00:00+07:00`,
      mainDiagnosis: diagnosis,
      otherDiagnoses: null,
      totalCost,
      groupCode: "DN",
    });
  }

  // Trần Thị Bình and her son Lê Minh Khôi (under 18) share a household in Ho Chi Minh City. Demo
  // household codes end in 999999xx, far beyond what the generated households count up to.
  const household = uuidv7();
  const binh = uuidv7();
  t.household.add([household, "7999999901", binh, "79", "Số 27 đường Võ Thị Sáu, Phường Xuân Hòa"]);
  addPerson(t, cipher, {
    id: binh,
    ...demoPersons.parent,
    sex: "female",
    birth: { year: 1990, month: 7, day: 20 },
    provinceCode: "79",
    origin: "79",
    phone: "0987654321",
    email: null,
    household,
    relation: "head",
  });
  writeJob(t, binh, job("software", "Kế toán viên", "2013-03", null, 11_000_000), now);
  writeBenefit(t, binh, {
    kind: "maternity",
    decisionNumber: "1893/2015/QĐ-BHXH",
    from: "2015-09-01",
    to: "2016-02-29",
    amount: benefitAmounts.maternity(9_000_000, "2015-09-01", 1),
    payingOfficeCode: "BHXH-79",
    paidOn: "2015-10-15",
  });
  writeCard(t, binh, yearCard(demoPersons.parent.bhxhNumber, "DN", hcmPrimary.code, "2018-03-01", 20));
  const khoi = addPerson(t, cipher, {
    ...demoPersons.child,
    sex: "male",
    birth: { year: 2015, month: 9, day: 2 },
    provinceCode: "79",
    origin: "79",
    phone: null,
    email: null,
    household,
    relation: "child",
  });
  writeCard(t, khoi, yearCard(demoPersons.child.bhxhNumber, "HS", hcmPrimary.code, "2020-09-02", 28));
  writeHealthCoverage(
    t,
    khoi,
    { from: `${asOf.slice(0, 4)}-01`, to: `${asOf.slice(0, 4)}-12`, groupCode: "HS", memberOrder: 2 },
    now,
  );
  writeVisit(t, khoi, {
    facility: hcmPrimary,
    kind: "outpatient",
    admittedAt: "2025-10-06T09:00:00+07:00",
    dischargedAt: "2025-10-06T10:30:00+07:00",
    mainDiagnosis: "H66.9",
    otherDiagnoses: null,
    totalCost: 310_000,
    groupCode: "HS",
  });

  // Phạm Văn Dũng retired in Hà Nội in 2022 at the age the roadmap set for him.
  const dung = addPerson(t, cipher, {
    ...demoPersons.pensioner,
    sex: "male",
    birth: { year: 1962, month: 2, day: 10 },
    provinceCode: "01",
    origin: "01",
    phone: "0904123456",
    email: null,
  });
  writeJob(t, dung, job("school", "Giáo viên", "2010-01", "2022-08", 9_800_000), now);
  writePension(t, dung, { from: "2022-09", monthly: 7_420_000, decisionNumber: "7702/2022/QĐ-BHXH" }, asOf);
  const hnPrimary = facilityIn("01", "basic") ?? hcmPrimary;
  writeCard(t, dung, {
    bhxhNumber: demoPersons.pensioner.bhxhNumber,
    groupCode: "HT",
    printedLevel: cardLevel("HT", "2022-09-01"),
    provinceCode: "01",
    facilityCode: hnPrimary.code,
    validFrom: "2022-09-01",
    validTo: null,
    fiveYearsFrom: "2015-01-01",
    issuedOn: "2022-08-25",
    status: "active",
  });
  writeHealthCoverage(t, dung, { from: "2022-09", to: null, groupCode: "HT", memberOrder: 1 }, now);
  writeVisit(t, dung, {
    facility: hnPrimary,
    kind: "outpatient",
    admittedAt: "2025-06-16T08:00:00+07:00",
    dischargedAt: "2025-06-16T09:40:00+07:00",
    mainDiagnosis: "E11.9",
    otherDiagnoses: "I10",
    totalCost: 640_000,
    groupCode: "HT",
  });

  // Bùi Văn Hùng (with an account) and his daughter Bùi Ngọc Hân (without one) share a household.
  const huHousehold = uuidv7();
  const hung = uuidv7();
  t.household.add([huHousehold, "7999999902", hung, "79", "Số 27 đường Võ Thị Sáu, Phường Xuân Hòa"]);
  addPerson(t, cipher, {
    id: hung,
    ...demoPersons.childJourneyParent,
    sex: "male",
    birth: { year: 1987, month: 5, day: 14 },
    provinceCode: "79",
    origin: "79",
    phone: "0918222333",
    email: null,
    household: huHousehold,
    relation: "head",
  });
  writeJob(t, hung, job("electronics", "Kỹ sư điện tử", "2012-06", null, 14_000_000), now);
  writeCard(
    t,
    hung,
    yearCard(demoPersons.childJourneyParent.bhxhNumber, "DN", hcmPrimary.code, "2016-06-01", 20),
  );
  const han = addPerson(t, cipher, {
    ...demoPersons.childWithoutAccount,
    sex: "female",
    birth: { year: 2016, month: 3, day: 8 },
    provinceCode: "79",
    origin: "79",
    phone: null,
    email: null,
    household: huHousehold,
    relation: "child",
  });
  writeCard(
    t,
    han,
    yearCard(demoPersons.childWithoutAccount.bhxhNumber, "HS", hcmPrimary.code, "2021-03-08", 28),
  );

  // Đỗ Thị Hoa (with an account) and her husband Lý Văn Tâm buy health insurance as a household (GD):
  // their cards run to the end of this year, so "Gia hạn BHYT hộ gia đình" extends them both.
  const hoaHousehold = uuidv7();
  const hoa = uuidv7();
  t.household.add([hoaHousehold, "7999999903", hoa, "79", "Số 27 đường Võ Thị Sáu, Phường Xuân Hòa"]);
  for (const [who, id, sex, birth, phone, relation, order] of [
    [demoPersons.householdHead, hoa, "female", { year: 1986, month: 11, day: 2 }, "0939444555", "head", 1],
    [demoPersons.householdSpouse, uuidv7(), "male", { year: 1984, month: 7, day: 19 }, null, "spouse", 2],
  ] as const) {
    addPerson(t, cipher, {
      id,
      ...who,
      sex,
      birth,
      provinceCode: "79",
      origin: "79",
      phone,
      email: null,
      household: hoaHousehold,
      relation,
    });
    writeCard(t, id, yearCard(who.bhxhNumber, "GD", hcmPrimary.code, "2019-01-01", 15));
    writeHealthCoverage(t, id, { from: "2019-01", to: null, groupCode: "GD", memberOrder: order }, now);
  }

  // Trịnh Văn Lộc, retired in Hà Nội in 2018, who wants his pension paid into a bank account.
  const loc = addPerson(t, cipher, {
    ...demoPersons.servicesPensioner,
    sex: "male",
    birth: { year: 1958, month: 4, day: 1 },
    provinceCode: "01",
    origin: "01",
    phone: "0912666777",
    email: null,
  });
  writeJob(t, loc, job("school", "Nhân viên văn phòng", "2010-01", "2018-04", 7_600_000), now);
  writePension(t, loc, { from: "2018-05", monthly: 5_180_000, decisionNumber: "2318/2018/QĐ-BHXH" }, asOf);
  writeCard(t, loc, {
    bhxhNumber: demoPersons.servicesPensioner.bhxhNumber,
    groupCode: "HT",
    printedLevel: cardLevel("HT", "2018-05-01"),
    provinceCode: "01",
    facilityCode: (facilityIn("01", "basic") ?? hcmPrimary).code,
    validFrom: "2018-05-01",
    validTo: null,
    fiveYearsFrom: "2013-01-01",
    issuedOn: "2018-04-20",
    status: "active",
  });

  // Salaried workers in Ho Chi Minh City: the help journeys' citizen (with an account), and three who
  // have not registered for the app yet.
  for (const [who, sex, birth, phone, key] of [
    [demoPersons.helpSeeker, "female", { year: 1994, month: 6, day: 12 }, "0978123456", "trading"],
    [demoPersons.registrant, "female", { year: 1988, month: 4, day: 9 }, "0933111222", "garment"],
    [demoPersons.registrantForReview, "male", { year: 1992, month: 12, day: 1 }, "0977333444", "trading"],
    [
      demoPersons.registrantForResubmission,
      "female",
      { year: 1995, month: 8, day: 30 },
      "0966555777",
      "software",
    ],
  ] as const) {
    const id = addPerson(t, cipher, {
      ...who,
      sex,
      birth,
      provinceCode: "79",
      origin: "79",
      phone,
      email: null,
    });
    writeJob(t, id, job(key, "Nhân viên kinh doanh", "2019-03", null, 9_500_000), now);
    writeCard(t, id, yearCard(who.bhxhNumber, "DN", hcmPrimary.code, "2024-03-01", 22));
  }

  return { citizens: [an, binh, khoi, dung] };
}

/**
 * A pension from `from` to the month before `asOf`'s, as yearly payments: one a year, the last for
 * the months of this year so far.
 */
function writePension(
  t: TableBuffers,
  personId: string,
  pension: { from: YearMonth; monthly: number; decisionNumber: string },
  asOf: IsoDate,
) {
  const [firstYear, firstMonth] = pension.from.split("-").map(Number) as [number, number];
  const thisYear = Number(asOf.slice(0, 4));
  for (let year = firstYear; year <= thisYear; year++) {
    const startMonth = year === firstYear ? firstMonth : 1;
    const endMonth = year === thisYear ? Number(asOf.slice(5, 7)) - 1 : 12;
    const months = endMonth - startMonth + 1;
    if (months < 1) continue; // in January, this year's first payment is yet to come
    writeBenefit(t, personId, {
      kind: "pension",
      decisionNumber: pension.decisionNumber,
      from: `${year}-${String(startMonth).padStart(2, "0")}-01`,
      to: `${year}-${String(endMonth).padStart(2, "0")}-28`,
      amount: pension.monthly * months,
      payingOfficeCode: "BHXH-01",
      paidOn: `${year}-12-05`,
    });
  }
}

interface DemoPerson {
  id?: string;
  bhxhNumber: string;
  cccd: string;
  fullName: string;
  sex: "male" | "female";
  birth: BirthDate;
  provinceCode: string;
  origin: string;
  phone: string | null;
  email: string | null;
  household?: string;
  relation?: string;
}

function addPerson(t: TableBuffers, cipher: FieldCipher, p: DemoPerson): string {
  const id = p.id ?? uuidv7();
  const nationalId = sealNationalId(cipher, "cccd", p.cccd);
  t.person.add([
    id,
    p.bhxhNumber,
    p.fullName,
    foldVietnamese(p.fullName),
    p.birth.year,
    earliestDayOf(p.birth),
    p.sex,
    nationalId.kind,
    nationalId.cipher,
    nationalId.index,
    p.phone,
    p.email,
    p.provinceCode,
    p.provinceCode === "79" ? "Phường Xuân Hòa" : "Phường Kim Liên",
    p.provinceCode === "79" ? "Số 27 đường Võ Thị Sáu" : "Số 5 ngõ 41 đường Lương Định Của",
    p.origin,
    p.household ?? null,
    p.relation ?? null,
  ]);
  return id;
}
