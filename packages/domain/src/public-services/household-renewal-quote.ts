import type { IsoDate } from "../calendar/iso-date";
import { firstDayOf } from "../calendar/year-month";
import { householdHealthContribution } from "../contributions/household-health-contribution";
import { monthsCovered, sumOf } from "./quote-months";

export interface HouseholdRenewalQuote {
  /** One line per member in joining order (1 = the full-rate member), with the amount of each month. */
  members: { order: number; monthly: number[]; total: number }[];
  total: number;
}

/**
 * What a household pays to renew its BHYT cards for `months` months from the month of `from`. Each
 * month is priced on its first day, so a base-salary change inside the period (01/07/2026) changes the
 * amount from that month on; the member reductions come from householdHealthContribution.
 */
export function householdRenewalQuote(input: {
  memberCount: number;
  months: number;
  from: IsoDate;
}): HouseholdRenewalQuote {
  const { memberCount, months, from } = input;
  if (!Number.isSafeInteger(memberCount) || memberCount < 1) {
    throw new RangeError(`A household renewal needs at least one member, got ${memberCount}`);
  }
  const monthStarts = monthsCovered(from, months).map(firstDayOf);
  const members = Array.from({ length: memberCount }, (_, i) => {
    const order = i + 1;
    const monthly = monthStarts.map((day) => householdHealthContribution(order, day));
    return { order, monthly, total: sumOf(monthly) };
  });
  return { members, total: sumOf(members.map((member) => member.total)) };
}
