import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import {
  type ContributionBounds,
  contributionCapsAt,
  contributionFloorsAt,
  type FundGroup,
} from "../reference/contribution-caps";
import { contributionRatesAt, FUNDS, type Fund } from "../reference/contribution-rates";
import type { Region } from "../reference/regional-minimum-wage";

export interface MonthlyContributionInput {
  /** Declared monthly salary for contributions (salary + allowances + regular supplements), VND. */
  salary: number;
  /** Any day of the contribution month; rates, floors and caps in force that day apply. */
  date: IsoDate;
  /** Minimum-wage region of the workplace. */
  region: Region;
}

export interface SplitAmount {
  employer: number;
  employee: number;
}

export interface MonthlyContribution {
  /** Salary actually used as the base, after clamping to [floor, cap] for each fund group. */
  bases: ContributionBounds;
  /** Amount per fund and side, whole đồng. */
  funds: Record<Fund, SplitAmount>;
  totals: SplitAmount;
}

/** BHTN has its own floor and cap; every other fund is bounded like BHXH. */
const GROUP_OF_FUND: Record<Fund, FundGroup> = {
  retirementSurvivorship: "socialAndHealth",
  sicknessMaternity: "socialAndHealth",
  occupationalAccident: "socialAndHealth",
  healthInsurance: "socialAndHealth",
  unemployment: "unemployment",
};

/**
 * Compulsory contributions of one employee for one month (employer-decided salary regime).
 *
 * The salary is clamped to [floor, cap] of each fund group, then each fund's employer and employee
 * amounts are computed separately and rounded to the nearest đồng (halves up); totals are sums of
 * the rounded amounts, so they always equal the lines shown to the user. (VSS's own rounding for
 * C12 notices is not published.)
 */
export function monthlyContribution({ salary, date, region }: MonthlyContributionInput): MonthlyContribution {
  if (!Number.isSafeInteger(salary) || salary < 0) {
    throw new RangeError(`The salary must be a whole, non-negative number of đồng, got ${salary}`);
  }
  const floors = contributionFloorsAt(date, region);
  const caps = contributionCapsAt(date, region);
  const clamp = (group: FundGroup) => Math.min(Math.max(salary, floors[group]), caps[group]);
  const bases: ContributionBounds = {
    socialAndHealth: clamp("socialAndHealth"),
    unemployment: clamp("unemployment"),
  };

  const rates = contributionRatesAt(date);
  const funds = Object.fromEntries(
    FUNDS.map((fund) => {
      const base = bases[GROUP_OF_FUND[fund]];
      return [
        fund,
        { employer: percentOf(base, rates[fund].employer), employee: percentOf(base, rates[fund].employee) },
      ];
    }),
  ) as Record<Fund, SplitAmount>;

  const totals = FUNDS.reduce(
    (sum, fund) => ({
      employer: sum.employer + funds[fund].employer,
      employee: sum.employee + funds[fund].employee,
    }),
    { employer: 0, employee: 0 },
  );
  return { bases, funds, totals };
}
