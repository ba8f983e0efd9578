import { type IsoDate, vietnamDate, type YearMonth, ymOf } from "@ansinh/domain";

/** The day and month in Vietnam at this instant: records are read "as of" them. */
export function vietnamToday(now: Date): { today: IsoDate; month: YearMonth } {
  const today = vietnamDate(now);
  return { today, month: ymOf(today) };
}
