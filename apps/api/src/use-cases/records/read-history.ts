import { type CitizenProfile, listParticipation, type Scheme } from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";
import { type SchemeSummary, summariseParticipation } from "./participation-summary";
import { SCHEMES } from "./record-names";
import { vietnamToday } from "./vietnam-time";

interface HistoryFilter {
  scheme?: Scheme;
  fromYear?: number;
  toYear?: number;
}

export interface HistoryView {
  asOf: Date;
  /** "Đã chốt đến tháng": the latest month closed in the person's book (whatever the filter). */
  closedThrough: string | null;
  /** Every scheme in order (only the one asked for, with `scheme`), totals over the filtered periods. */
  schemes: SchemeSummary[];
}

/**
 * "Quá trình tham gia": per scheme, the periods that overlap the years asked for (all of them without
 * years), newest first, with months counted to the as-of month for a running period.
 */
export async function readHistory(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  filter: HistoryFilter = {},
  now = new Date(),
): Promise<HistoryView> {
  const { month } = vietnamToday(now);
  const history = await listParticipation(context.db, citizen.personId, {
    scheme: filter.scheme,
    fromMonth: filter.fromYear === undefined ? undefined : `${filter.fromYear}-01`,
    toMonth: filter.toYear === undefined ? undefined : `${filter.toYear}-12`,
    asOfMonth: month,
  });
  return {
    asOf: now,
    closedThrough: history.closedThrough,
    schemes: summariseParticipation(history.periods, month, filter.scheme ? [filter.scheme] : SCHEMES),
  };
}
