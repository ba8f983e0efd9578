import { fail, ok, type Parsed } from "../parsed";
import { formatParts } from "./format-date";
import { type IsoDate, isValidDate } from "./iso-date";
import { pad } from "./pad";

/**
 * A date of birth as recorded in the registry. Older records often hold only the year, some only
 * month and year (the D02 declaration has a "loại ngày sinh" column for exactly this), so day and
 * month are optional; a day never appears without a month.
 */
export type BirthDate = { year: number; month?: number; day?: number };

/** Births before 1900 cannot belong to a living person, and CCCD numbers only encode 1900 onwards. */
const EARLIEST_BIRTH_YEAR = 1900;

export interface ParseBirthDateOptions {
  /** Reject birth dates after this day (normally today), which the pure parser cannot know. */
  notAfter?: IsoDate;
}

/** Accepts "dd/MM/yyyy", "MM/yyyy" or "yyyy" (separators "/", "-" or "."; one-digit parts allowed). */
export function parseBirthDate(input: string, options: ParseBirthDateOptions = {}): Parsed<BirthDate> {
  const text = input.trim();
  if (text === "")
    return fail("birth_date.required", "Vui lòng nhập ngày sinh", "Please enter the date of birth");
  const match = /^(?:(?:(\d{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*)?(\d{4})$/.exec(text);
  if (!match) {
    return fail(
      "birth_date.format",
      "Ngày sinh phải có dạng ngày/tháng/năm (ví dụ 07/09/1988) hoặc chỉ năm sinh (ví dụ 1988)",
      "The date of birth must be day/month/year (e.g. 07/09/1988) or just the year (e.g. 1988)",
    );
  }
  const [, day, month, year] = match;
  const birth: BirthDate = { year: Number(year) };
  if (month !== undefined) birth.month = Number(month);
  if (day !== undefined) birth.day = Number(day);
  if (!isValidDate({ year: birth.year, month: birth.month ?? 1, day: birth.day ?? 1 })) {
    return fail("birth_date.invalid", `Ngày sinh ${text} không tồn tại`, `There is no such date as ${text}`);
  }
  if (birth.year < EARLIEST_BIRTH_YEAR) {
    return fail(
      "birth_date.too_early",
      `Năm sinh phải từ ${EARLIEST_BIRTH_YEAR} trở về sau`,
      `The year of birth must be ${EARLIEST_BIRTH_YEAR} or later`,
    );
  }
  if (options.notAfter !== undefined && earliestDayOf(birth) > options.notAfter) {
    return fail(
      "birth_date.future",
      "Ngày sinh không được ở tương lai",
      "The date of birth cannot be in the future",
    );
  }
  return ok(birth);
}

/** "07/09/2008", "09/2008" or "2008", matching what was recorded. */
export function formatBirthDate(birth: BirthDate): string {
  if (birth.month === undefined) return pad(birth.year, 4);
  if (birth.day === undefined) return `${pad(birth.month, 2)}/${pad(birth.year, 4)}`;
  return formatParts({ year: birth.year, month: birth.month, day: birth.day });
}

/**
 * The first day the birth could have been on: missing parts count as 1, i.e. a year-only birth is
 * taken as 01/01 of that year — the convention of VSS data and of the card-check gateway, and the
 * reading that makes a person reach an age threshold earliest.
 */
export function earliestDayOf(birth: BirthDate): IsoDate {
  return `${pad(birth.year, 4)}-${pad(birth.month ?? 1, 2)}-${pad(birth.day ?? 1, 2)}`;
}
