import { z } from "zod";
import { addDays } from "../calendar/add-days";
import { type IsoDate, isIsoDate, isoDateParts } from "../calendar/iso-date";
import data from "../reference/data/public-holidays.json" with { type: "json" };

const holidaysFile = z.object({
  holidays: z.array(
    z.strictObject({
      name: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
      // Only weekdays: a weekend day in the list would mean a day in lieu was forgotten.
      days: z
        .array(z.string().refine((day) => isIsoDate(day) && !isWeekend(day), "not a weekday ISO date"))
        .min(1),
      legalDocument: z.string().min(5),
      confidence: z.enum(["V", "C", "U"]),
    }),
  ),
});

// Checked when loaded, like the service catalogue: the file is corrected by hand.
const holidays: ReadonlySet<IsoDate> = new Set(holidaysFile.parse(data).holidays.flatMap((h) => h.days));

/** Weekdays on which offices are closed for public holidays (2025–2027, from the data file). */
export function publicHolidays(): ReadonlySet<IsoDate> {
  return holidays;
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The deadline of a request processed in `days` working days: counting starts the day after `start`
 * (the day of submission is not a working day of the agency's time limit), skipping weekends and
 * holidays. 0 days is the start day itself.
 */
export function addWorkingDays(start: IsoDate, days: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Working days to add must be a whole number ≥ 0, got ${days}`);
  }
  isoDateParts(start);
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) counted += 1;
  }
  return date;
}

function isWeekend(date: IsoDate): boolean {
  const { year, month, day } = isoDateParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}
