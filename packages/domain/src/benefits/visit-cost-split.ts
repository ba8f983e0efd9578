import type { IsoDate } from "../calendar/iso-date";
import { percentOf } from "../money/percent-of";
import { baseSalaryAt } from "../reference/base-salary";
import { fundSharePercent } from "../reference/benefit-levels";
import { coPaymentRuleOn } from "../reference/health-insurance-care-rules";
import { benefitLevelAt } from "../reference/health-insurance-groups";

export interface VisitCost {
  /** Cost within the BHYT scope, VND. */
  totalCost: number;
  groupCode: string;
  /** Day of admission: the benefit level in force that day applies, whatever the card's printed digit. */
  date: IsoDate;
  /** Care at the registered commune-level (initial) facility is paid in full. */
  primaryCare: boolean;
}

/**
 * Who pays a visit (Luật BHYT Art. 22): the fund's share follows the group's benefit level on the
 * visit date; a visit costing less than a share of the base salary (the co-payment data's smallVisit
 * rule, 15 % since 2015), or primary care, is paid in full.
 * The 5-consecutive-years co-payment ceiling needs the year's history and is applied elsewhere.
 */
export function visitCostSplit({ totalCost, groupCode, date, primaryCare }: VisitCost): {
  fundPaid: number;
  patientPaid: number;
} {
  // Read from the reference data, not written here: a corrected figure then changes every split.
  const smallVisit = coPaymentRuleOn("smallVisit", date);
  const cheap =
    smallVisit !== undefined && totalCost < percentOf(baseSalaryAt(date), smallVisit.percentOfBaseSalary);
  const share = primaryCare || cheap ? 100 : fundSharePercent(benefitLevelAt(groupCode, date), date);
  const fundPaid = percentOf(totalCost, share);
  return { fundPaid, patientPaid: totalCost - fundPaid };
}
