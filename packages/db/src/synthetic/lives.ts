import {
  addDays,
  addMonths,
  ageOn,
  type BirthDate,
  compareYm,
  earliestDayOf,
  firstDayOf,
  healthInsuranceGroup,
  type IsoDate,
  lastDayOf,
  monthsInclusive,
  type YearMonth,
  ymOf,
} from "@ansinh/domain";
import { benefitAmounts, cardLevel, HISTORY_START, isRetired } from "./law";
import {
  type Job,
  writeBenefit,
  writeCard,
  writeHealthCoverage,
  writeJob,
  writeVisit,
  writeVoluntary,
} from "./person-records";
import type { Random } from "./random";
import type { TableBuffers } from "./tables";
import { icd10Codes, jobTitles } from "./vocabulary";
import type { Employer, World } from "./world";

/**
 * A random but coherent life for one person: a career whose periods follow the law of each month,
 * the benefits such a career leads to, a health-insurance card whose group fits the person, and
 * medical visits billed to it.
 */
export interface LifeSubject {
  id: string;
  bhxhNumber: string;
  sex: "male" | "female";
  birth: BirthDate;
  newProvinceCode: string;
  /** Old-list province used for the card and facility codes. */
  oldProvinceCode: string;
  household: { poor: boolean; nearPoor: boolean; ethnicMinorityArea: boolean };
  /** 1 for the first member of the household, 2 for the next… (household BHYT reductions). */
  memberOrder: number;
}

interface Career {
  jobs: (Job & { employer: Employer })[];
  /** Average salary base of the last job, for benefit amounts. */
  lastSalaryBase: number;
  unemployedSince: YearMonth | null;
}

export function writeLife(t: TableBuffers, random: Random, world: World, who: LifeSubject, asOf: IsoDate) {
  const nowMonth = ymOf(asOf);
  const born = earliestDayOf(who.birth);
  const age = ageOn(who.birth, asOf);
  const retired = isRetired(who.sex, who.birth, asOf);
  const career = age >= 18 ? writeCareer(t, random, world, who, asOf, retired) : undefined;
  const currentJob = career?.jobs.find((j) => j.to === null);

  writeCareerBenefits(t, random, who, career, asOf, retired);
  if (!career && age >= 25 && !retired && random.chance(0.2)) writeVoluntaryLife(t, random, who, asOf);

  const groupCode = chooseGroup(random, who, age, retired, currentJob?.employer, career);
  const primaryCare = random.pick(
    world.primaryCareByOldProvince.get(who.oldProvinceCode) ?? world.facilities,
  );
  // Children's cards run from birth to the day before their 6th birthday; pensioners' cards do not
  // expire; everyone else's card covers the calendar year.
  const validFrom = groupCode === "TE" ? born : `${asOf.slice(0, 4)}-01-01`;
  const validTo =
    groupCode === "TE"
      ? addDays(`${who.birth.year + 6}${born.slice(4)}`, -1)
      : groupCode === "HT"
        ? null
        : `${asOf.slice(0, 4)}-12-31`;
  const issuedOn = laterDate(born, addDays(validFrom, -random.int(0, 20)));
  const coveredSince = career?.jobs[0]?.from ?? ymOf(born);
  const fiveYears = addMonths(coveredSince, 60);
  writeCard(t, who.id, {
    bhxhNumber: who.bhxhNumber,
    groupCode,
    printedLevel: cardLevel(groupCode, issuedOn),
    provinceCode: who.oldProvinceCode,
    facilityCode: primaryCare.code,
    validFrom,
    validTo,
    fiveYearsFrom: compareYm(fiveYears, nowMonth) <= 0 ? firstDayOf(fiveYears) : null,
    issuedOn,
    status: validTo !== null && validTo < asOf ? "expired" : "active",
  });

  if (!EMPLOYMENT_GROUPS.has(groupCode)) {
    const from = ymOf(validFrom);
    writeHealthCoverage(
      t,
      who.id,
      { from, to: validTo ? ymOf(validTo) : null, groupCode, memberOrder: who.memberOrder },
      nowMonth,
    );
  }
  writeVisits(t, random, world, who, groupCode, primaryCare.code, asOf);
}

/** Cards of these groups come with a job: their contributions are already in the job's periods. */
const EMPLOYMENT_GROUPS = new Set(["DN", "HC", "CH"]);

/** Farmers and traders without a contract who pay voluntary BHXH for a while, some still paying. */
function writeVoluntaryLife(t: TableBuffers, random: Random, who: LifeSubject, asOf: IsoDate) {
  const nowMonth = ymOf(asOf);
  const from = laterOf("2018-01", ymOf(`${who.birth.year + 20}-01-01`));
  const start = addMonths(from, random.int(0, Math.max(0, monthsInclusive(from, nowMonth) - 2)));
  const stopped = random.chance(0.3);
  const to = stopped ? addMonths(start, random.int(0, monthsInclusive(start, nowMonth) - 1)) : null;
  const category = who.household.poor
    ? "poor"
    : who.household.nearPoor
      ? "nearPoor"
      : who.household.ethnicMinorityArea
        ? "ethnicMinority"
        : "other";
  const income = random.pick([1_500_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000]);
  writeVoluntary(t, who.id, { from: start, to, income, category }, nowMonth);
}

function writeCareer(
  t: TableBuffers,
  random: Random,
  world: World,
  who: LifeSubject,
  asOf: IsoDate,
  retired: boolean,
): Career | undefined {
  const nowMonth = ymOf(asOf);
  // A quarter of adults farm or trade on their own account and never join the compulsory scheme.
  if (random.chance(0.25)) return undefined;
  const startAge = random.int(18, 26);
  let month = laterOf(HISTORY_START, ymOf(`${who.birth.year + startAge}-0${random.int(1, 9)}-01`));
  const endOfWork = retired ? ymOf(`${who.birth.year + (who.sex === "male" ? 61 : 57)}-06-01`) : nowMonth;
  const jobs: Career["jobs"] = [];
  let salaryFactor = 1 + random.float() * 0.6;
  while (compareYm(month, endOfWork) <= 0) {
    const employers = random.chance(0.85) ? world.employersByProvince.get(who.newProvinceCode) : undefined;
    const employer = random.pick(employers && employers.length > 0 ? employers : world.employers);
    const length = random.int(6, 96);
    let to: YearMonth | null = addMonths(month, length - 1);
    if (compareYm(to, endOfWork) >= 0)
      to = retired ? endOfWork : random.chance(0.8) ? null : addMonths(nowMonth, -1);
    // A job begun this month cannot have ended last month: it is still running.
    if (to !== null && compareYm(to, month) < 0) to = retired ? month : null;
    const stillThere = to === null;
    const job = {
      employer,
      employerId: employer.id,
      wageRegion: employer.wageRegion,
      jobTitle: random.pick(jobTitles),
      from: month,
      to,
      salary: Math.round((salaryFactor * 5_000_000) / 10_000) * 10_000,
      unpaidMonths: random.chance(stillThere ? 0.04 : 0.06) ? random.int(1, 6) : 0,
    };
    if (compareYm(job.from, endOfWork) > 0) break;
    writeJob(t, who.id, job, nowMonth);
    jobs.push(job);
    if (stillThere) break;
    // Some leave salaried work for good (farming, own business, abroad) and keep their months.
    if (!retired && random.chance(0.1)) break;
    salaryFactor *= 1.05 + random.float() * 0.25;
    month = addMonths(to ?? nowMonth, random.chance(0.3) ? 1 : random.int(2, 9));
  }
  if (jobs.length === 0) return undefined;
  const last = jobs.at(-1);
  return {
    jobs,
    lastSalaryBase: last?.salary ?? 0,
    unemployedSince: last && last.to !== null && !retired ? addMonths(last.to, 1) : null,
  };
}

function writeCareerBenefits(
  t: TableBuffers,
  random: Random,
  who: LifeSubject,
  career: Career | undefined,
  asOf: IsoDate,
  retired: boolean,
) {
  if (!career) return;
  const office = `BHXH-${who.newProvinceCode}`;
  const decision = (year: string, suffix: string) => `${random.int(100, 9999)}/${year}/QĐ-${suffix}`;
  for (const job of career.jobs) {
    const end = job.to ?? ymOf(asOf);
    const months = monthsInclusive(job.from, end);
    if (random.chance(0.2) && months > 3) {
      const month = addMonths(job.from, random.int(1, months - 1));
      const days = random.int(2, 10);
      const from = firstDayOf(month);
      writeBenefit(t, who.id, {
        kind: "sickness",
        decisionNumber: decision(month.slice(0, 4), "BHXH"),
        from,
        to: addDays(from, days - 1),
        amount: benefitAmounts.sickness(job.salary, from, job.wageRegion, days),
        payingOfficeCode: office,
        paidOn: lastDayOf(addMonths(month, 1)),
      });
    }
    const ageThen = Number(job.from.slice(0, 4)) - who.birth.year;
    if (who.sex === "female" && ageThen >= 20 && ageThen <= 40 && months >= 12 && random.chance(0.35)) {
      const month = addMonths(job.from, random.int(7, months - 1));
      const from = firstDayOf(month);
      writeBenefit(t, who.id, {
        kind: "maternity",
        decisionNumber: decision(month.slice(0, 4), "BHXH"),
        from,
        to: lastDayOf(addMonths(month, 5)),
        amount: benefitAmounts.maternity(job.salary, from, job.wageRegion),
        payingOfficeCode: office,
        paidOn: lastDayOf(addMonths(month, 1)),
      });
    }
  }
  const lastJob = career.jobs.at(-1);
  if (career.unemployedSince && lastJob && random.chance(0.5)) {
    const start = addMonths(career.unemployedSince, 1);
    if (compareYm(start, ymOf(asOf)) < 0) {
      const from = firstDayOf(start);
      writeBenefit(t, who.id, {
        kind: "unemployment",
        decisionNumber: decision(start.slice(0, 4), start >= "2025-03" ? "SNV" : "SLĐTBXH"),
        from,
        to: lastDayOf(addMonths(start, 2)),
        amount: benefitAmounts.unemployment(lastJob.salary, from, lastJob.wageRegion, 3),
        payingOfficeCode: office,
        paidOn: lastDayOf(start),
      });
    }
  }
  // Some who stop working take their BHXH as a lump sum after a year outside the system.
  if (career.unemployedSince && lastJob && random.chance(0.3)) {
    const decided = addMonths(career.unemployedSince, 12);
    if (compareYm(decided, ymOf(asOf)) < 0) {
      const months = (from: YearMonth, to: YearMonth) =>
        compareYm(to, from) < 0 ? 0 : monthsInclusive(from, to);
      const before2014 = career.jobs.reduce(
        (n, j) => n + months(j.from, earlierOf(j.to ?? "2013-12", "2013-12")),
        0,
      );
      const total = career.jobs.reduce((n, j) => n + months(j.from, j.to ?? ymOf(asOf)), 0);
      const from = firstDayOf(decided);
      writeBenefit(t, who.id, {
        kind: "one_time",
        decisionNumber: decision(decided.slice(0, 4), "BHXH"),
        from,
        to: null,
        amount: benefitAmounts.oneTime(
          lastJob.salary,
          from,
          lastJob.wageRegion,
          before2014,
          total - before2014,
        ),
        payingOfficeCode: office,
        paidOn: lastDayOf(decided),
      });
    }
  }
  if (retired && lastJob?.to) {
    const start = addMonths(lastJob.to, 1);
    const monthly = benefitAmounts.pension(
      who.sex,
      career.jobs.reduce((n, j) => n + monthsInclusive(j.from, j.to ?? j.from), 0),
      lastJob.salary,
    );
    for (let year = Number(start.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
      const from = year === Number(start.slice(0, 4)) ? firstDayOf(start) : `${year}-01-01`;
      const to = year === Number(asOf.slice(0, 4)) ? lastDayOf(addMonths(ymOf(asOf), -1)) : `${year}-12-31`;
      const months = monthsInclusive(ymOf(from), ymOf(to));
      if (months <= 0) continue;
      writeBenefit(t, who.id, {
        kind: "pension",
        decisionNumber: decision(start.slice(0, 4), "BHXH"),
        from,
        to,
        amount: monthly * months,
        payingOfficeCode: office,
        paidOn: to,
      });
    }
  }
}

function chooseGroup(
  random: Random,
  who: LifeSubject,
  age: number,
  retired: boolean,
  employer: Employer | undefined,
  career: Career | undefined,
): string {
  if (age < 6) return "TE";
  if (retired && career) return "HT";
  if (who.household.poor) return "HN";
  if (employer) return employer.sector === "public" ? random.pick(["HC", "CH"]) : "DN";
  if (age < 18) return "HS";
  if (age <= 22 && random.chance(0.5)) return "SV";
  if (who.household.nearPoor) return "CN";
  if (who.household.ethnicMinorityArea) return "DT";
  if (age >= 75 && random.chance(0.5)) return "LH";
  return "GD";
}

function writeVisits(
  t: TableBuffers,
  random: Random,
  world: World,
  who: LifeSubject,
  groupCode: string,
  primaryCareCode: string,
  asOf: IsoDate,
) {
  const age = ageOn(who.birth, asOf);
  const mean = age < 6 ? 3 : age >= 60 ? 4 : 1;
  const primary = world.facilities.find((f) => f.code === primaryCareCode);
  const hospitals = world.facilities.filter(
    (f) => f.oldProvinceCode === who.oldProvinceCode && f.level !== "initial",
  );
  for (let year = Number(asOf.slice(0, 4)) - 2; year <= Number(asOf.slice(0, 4)); year++) {
    const visits = random.int(0, mean * 2);
    for (let n = 0; n < visits; n++) {
      const inpatient = random.chance(age >= 60 ? 0.15 : 0.07);
      const admitted = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
      if (admitted >= asOf || admitted < earliestDayOf(who.birth)) continue;
      const diagnoses = icd10Codes.filter(([, , care]) => care === (inpatient ? "inpatient" : "outpatient"));
      const [main] = random.pick(diagnoses);
      const stay = inpatient ? random.int(2, 10) : 0;
      const facility =
        !inpatient && primary && random.chance(0.7)
          ? primary
          : random.pick(hospitals.length > 0 ? hospitals : world.facilities);
      writeVisit(t, who.id, {
        facility,
        kind: inpatient ? "inpatient" : "outpatient",
        admittedAt: `${admitted}T0${random.int(7, 9)}:${String(random.int(10, 59))}:00+07:00`,
        dischargedAt: `${addDays(admitted, stay)}T${inpatient ? "10" : "11"}:${String(random.int(10, 59))}:00+07:00`,
        mainDiagnosis: main,
        otherDiagnoses: random.chance(0.2) ? random.pick(icd10Codes)[0] : null,
        totalCost:
          Math.round(
            (inpatient ? random.int(2_000_000, 30_000_000) : random.int(60_000, 1_200_000)) / 1_000,
          ) * 1_000,
        groupCode: groupInForce(groupCode, admitted),
      });
    }
  }
}

/** Groups created by recent law (LH since 07/2025) did not exist earlier: the person was then in GD. */
function groupInForce(groupCode: string, date: IsoDate): string {
  const first = healthInsuranceGroup(groupCode)?.levels[0]?.effectiveFrom;
  return first && first > date ? "GD" : groupCode;
}

function laterOf(a: YearMonth, b: YearMonth): YearMonth {
  return compareYm(a, b) >= 0 ? a : b;
}

function earlierOf(a: YearMonth, b: YearMonth): YearMonth {
  return compareYm(a, b) <= 0 ? a : b;
}

function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
