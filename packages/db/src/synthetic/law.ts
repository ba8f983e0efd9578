import {
  type BirthDate,
  baseSalaryRecords,
  benefitLevelAt,
  capRecords,
  compareYm,
  compulsoryRateRecords,
  contributionRatesAt,
  type Fund,
  floorRecords,
  type IsoDate,
  maternityBenefit,
  monthlyContribution,
  pensionRatePercent,
  type Region,
  regionalMinimumWageRecords,
  retirementAge,
  sicknessAllowance,
  unemploymentBenefitMonthly,
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

interface SchemeContribution {
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
const memo = new Map<string, Record<EmploymentScheme, SchemeContribution>>();

/** One month's contribution to each employment scheme, from the domain's monthlyContribution. */
export function contributionsAt(
  salary: number,
  date: IsoDate,
  region: Region,
): Record<EmploymentScheme, SchemeContribution> {
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
  ) as Record<EmploymentScheme, SchemeContribution>;
  if (memo.size > 200_000) memo.clear();
  memo.set(key, result);
  return result;
}

/** Months on which any rate, floor or cap changes, sorted: the only places an amount can change. */
const changeMonths: YearMonth[] = [
  ...new Set(
    [baseSalaryRecords, regionalMinimumWageRecords, compulsoryRateRecords, capRecords, floorRecords]
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
  // Careers before HISTORY_START are not generated, so a pensioner's record is short: the rate is
  // taken as at least that of a full 20-year career (45 %) rather than leaving them without a pension.
  pension: (sex: "male" | "female", months: number, averageSalary: number) =>
    Math.round((averageSalary * Math.max(45, pensionRatePercent(sex, months))) / 100),
};
