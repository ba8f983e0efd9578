import { fail, ok, type Parsed } from "../parsed";
import { pad } from "./pad";
import { type YearMonth, yearMonthOf, yearMonthParts } from "./year-month";

/** "2026-07" → "07/2026", the way months are written on Vietnamese forms ("tháng 07/2026"). */
export function formatMonth(ym: YearMonth): string {
  const { year, month } = yearMonthParts(ym);
  return `${pad(month, 2)}/${pad(year, 4)}`;
}

/** Parses "MM/yyyy" (also "M/yyyy", "-" or "." as separator) into "yyyy-MM". */
export function parseMonth(input: string): Parsed<YearMonth> {
  const text = input.trim();
  if (text === "") return fail("month.required", "Vui lòng nhập tháng", "Please enter a month");
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (!match) {
    return fail(
      "month.format",
      "Tháng phải có dạng tháng/năm, ví dụ 07/2026",
      "The month must be written as month/year, e.g. 07/2026",
    );
  }
  const month = Number(match[1]);
  const year = Number(match[2]);
  if (month < 1 || month > 12 || year < 1) {
    return fail("month.invalid", `Tháng ${text} không tồn tại`, `There is no such month as ${text}`);
  }
  return ok(yearMonthOf({ year, month }));
}
