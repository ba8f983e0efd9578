import { type IsoDate, type YearMonth, ymOf } from "@ansinh/domain";
import { vietnamDate } from "../registration/new-dossier-number";

/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET = "+07:00";

/** The day and month in Vietnam at this instant: records are read "as of" them. */
export function vietnamToday(now: Date): { today: IsoDate; month: YearMonth } {
  const today = vietnamDate(now);
  return { today, month: ymOf(today) };
}

/** The calendar year in Vietnam at this instant. */
export const vietnamYear = (at: Date): number => Number(vietnamDate(at).slice(0, 4));

/** Midnight of 1 January of the year in Vietnam. */
export const vietnamYearStart = (year: number): Date =>
  new Date(`${String(year).padStart(4, "0")}-01-01T00:00:00${VIETNAM_OFFSET}`);
