import { participationRead, type Scheme } from "@ansinh/db";
import { type SchemeSummary, summariseParticipation } from "./participation-summary";
import type { PersonReader } from "./person-reader";
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
  /**
   * Every scheme in order (only the one asked for, with `scheme`). With years, the periods are cut to
   * them and the totals count only the months inside them.
   */
  schemes: SchemeSummary[];
}

/**
 * "Quá trình tham gia": per scheme, the periods that overlap the years asked for (all of them without
 * years), newest first, with months counted to the as-of month for a running period. A period that
 * reaches outside the years is shown and counted for the months inside them only: "what did I pay in
 * 2020" must not answer with the eight years of a job that ran through 2020.
 */
export async function readHistory(
  reader: PersonReader,
  filter: HistoryFilter = {},
  now = new Date(),
): Promise<HistoryView> {
  const { month } = vietnamToday(now);
  const window = {
    from: filter.fromYear === undefined ? undefined : `${filter.fromYear}-01`,
    to: filter.toYear === undefined ? undefined : `${filter.toYear}-12`,
  };
  const history = await reader(
    participationRead({
      scheme: filter.scheme,
      fromMonth: window.from,
      toMonth: window.to,
      asOfMonth: month,
    }),
  );
  return {
    asOf: now,
    closedThrough: history.closedThrough,
    schemes: summariseParticipation(
      history.periods,
      month,
      filter.scheme ? [filter.scheme] : SCHEMES,
      window,
    ),
  };
}
