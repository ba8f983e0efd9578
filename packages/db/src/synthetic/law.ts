import {
  type BirthDate,
  baseSalaryAt,
  baseSalaryRecords,
  benefitLevelAt,
  capRecords,
  compareYm,
  compulsoryRateRecords,
  contributionRatesAt,
  type Fund,
  floorRecords,
  householdHealthContribution,
  householdHealthInsuranceAt,
  householdHealthInsuranceRecords,
  type IsoDate,
  maternityBenefit,
  monthlyContribution,
  oneTimeBenefit,
  pensionRatePercent,
  type Region,
  regionalMinimumWageRecords,
  retirementAge,
  ruralPovertyLineRecords,
  type SupportCategory,
  sicknessAllowance,
  unemploymentBenefitMonthly,
  voluntaryContribution,
  voluntaryRateAt,
  voluntaryRateRecords,
  voluntaryStateSupportRecords,
  type YearMonth,
  ymOf,
} from "@ansinh/domain";
import type { schemes } from "../schema/registry";

/**
 * The generator's view of the law, all taken from packages/domain: which rates apply in a month,
 * where a long job must be split because an amount changes, and what a benefit comes to.
 */

/** Synthetic careers start no earlier than the oldest month every reference series covers. */
export const HISTORY_START: YearMonth = "2010-01";

type Scheme = (typeof schemes)[number];
export const employmentSchemes = [
  "bhxh_compulsory",
  "unemployment",
  "occupational_accident",
  "health_insurance",
] as const satisfies readonly Scheme[];

export interface SchemeAmounts {
  salaryBase: number;
  employeeRate: string;
  employerRate: string;
  employeeAmount: number;
  employerAmount: number;
}

type EmploymentScheme = (typeof employmentSchemes)[number];

// Which funds make up each scheme as the ledger shows it: compulsory BHXH joins pension and sickness.
const FUNDS_OF: Record<EmploymentScheme, { group: "socialAndHealth" | "unemployment"; funds: Fund[] }> = {
  bhxh_compulsory: { group: "socialAndHealth", funds: ["retirementSurvivorship", "sicknessMaternity"] },
  unemployment: { group: "unemployment", funds: ["unemployment"] },
  occupational_accident: { group: "socialAndHealth", funds: ["occupationalAccident"] },
  health_insurance: { group: "socialAndHealth", funds: ["healthInsurance"] },
};

// A career is split at a few dozen dates of law, and salaries repeat: memoising keeps the generator
// at a few microseconds per month slice instead of re-reading every series each time.
const memo = new Map<string, Record<EmploymentScheme, SchemeAmounts>>();

/** One month's contribution to each employment scheme, from the domain's monthlyContribution. */
export function contributionsAt(
  salary: number,
  date: IsoDate,
  region: Region,
): Record<EmploymentScheme, SchemeAmounts> {
  const key = `${salary}|${date}|${region}`;
  const known = memo.get(key);
  if (known) return known;
  const { bases, funds } = monthlyContribution({ salary, date, region });
  const rates = contributionRatesAt(date);
  const sum = (list: Fund[], pick: (f: Fund) => number) => list.reduce((total, f) => total + pick(f), 0);
  const result = Object.fromEntries(
    employmentSchemes.map((scheme) => {
      const { group, funds: list } = FUNDS_OF[scheme];
      return [
        scheme,
        {
          salaryBase: bases[group],
          employeeRate: sum(list, (f) => rates[f].employee).toFixed(3),
          employerRate: sum(list, (f) => rates[f].employer).toFixed(3),
          employeeAmount: sum(list, (f) => funds[f].employee),
          employerAmount: sum(list, (f) => funds[f].employer),
        },
      ];
    }),
  ) as Record<EmploymentScheme, SchemeAmounts>;
  if (memo.size > 200_000) memo.clear();
  memo.set(key, result);
  return result;
}

/** Voluntary BHXH for a month: the participant's part, and the State support as the other party. */
export function voluntaryAmounts(income: number, date: IsoDate, category: SupportCategory): SchemeAmounts {
  const { stateSupport, participantPays } = voluntaryContribution(income, date, category);
  const rate = voluntaryRateAt(date).toFixed(3);
  return {
    salaryBase: income,
    employeeRate: rate,
    employerRate: "0.000",
    employeeAmount: participantPays,
    employerAmount: stateSupport,
  };
}

/**
 * BHYT outside employment for a month: household members pay their household rate; for the other
 * groups the State budget or a fund pays the first-member rate on the base salary. (The pupils' and
 * students' own share next to the State's support is left to the public-services work.)
 */
export function householdAmounts(groupCode: string, memberOrder: number, date: IsoDate): SchemeAmounts {
  const rate = householdHealthInsuranceAt(date).ratePercent.toFixed(3);
  const salaryBase = baseSalaryAt(date);
  if (groupCode === "GD") {
    return {
      salaryBase,
      employeeRate: rate,
      employerRate: "0.000",
      employeeAmount: householdHealthContribution(memberOrder, date),
      employerAmount: 0,
    };
  }
  return {
    salaryBase,
    employeeRate: "0.000",
    employerRate: rate,
    employeeAmount: 0,
    employerAmount: householdHealthContribution(1, date),
  };
}

/** Months on which any rate, floor or cap changes, sorted: the only places an amount can change. */
const changeMonths: YearMonth[] = [
  ...new Set(
    [
      baseSalaryRecords,
      regionalMinimumWageRecords,
      compulsoryRateRecords,
      capRecords,
      floorRecords,
      ruralPovertyLineRecords,
      voluntaryRateRecords,
      voluntaryStateSupportRecords,
      householdHealthInsuranceRecords,
    ]
      .flat()
      .map((r) => ymOf(r.effectiveFrom)),
  ),
].sort(compareYm);

/** Change months strictly after `from` and not after `to`. */
export function lawChangeMonthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  // "yyyy-MM" strings order like the months they name; this runs for every job of every person.
  return changeMonths.filter((m) => m > from && m <= to);
}

export function isRetired(sex: "male" | "female", birth: BirthDate, asOf: IsoDate): boolean {
  return compareYm(retirementAge(sex, birth).reachedIn, ymOf(asOf)) < 0;
}

/** The digit printed on a card issued that day (entitlement itself is always recomputed). */
export const cardLevel = (groupCode: string, issuedOn: IsoDate) => benefitLevelAt(groupCode, issuedOn);

export const benefitAmounts = {
  sickness: (salary: number, date: IsoDate, region: Region, days: number) =>
    sicknessAllowance(monthlyContribution({ salary, date, region }).bases.socialAndHealth, days),
  maternity: (salary: number, date: IsoDate, region: Region) =>
    maternityBenefit(monthlyContribution({ salary, date, region }).bases.socialAndHealth, date),
  unemployment: (salary: number, date: IsoDate, region: Region, months: number) =>
    unemploymentBenefitMonthly(
      monthlyContribution({ salary, date, region }).bases.unemployment,
      date,
      region,
    ) * months,
  oneTime: (
    salary: number,
    date: IsoDate,
    region: Region,
    monthsBefore2014: number,
    monthsFrom2014: number,
  ) =>
    oneTimeBenefit(
      monthlyContribution({ salary, date, region }).bases.socialAndHealth,
      monthsBefore2014,
      monthsFrom2014,
    ),
  // Careers before HISTORY_START are not generated, so a pensioner's record is short: the rate is
  // taken as at least that of a full 20-year career (45 %) rather than leaving them without a pension.
  pension: (sex: "male" | "female", months: number, averageSalary: number) =>
    Math.round((averageSalary * Math.max(45, pensionRatePercent(sex, months))) / 100),
};
