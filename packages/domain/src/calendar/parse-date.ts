import { fail, ok, type Parsed } from "../parsed";
import { type DateParts, type IsoDate, isoDateOf, isValidDate } from "./iso-date";

/**
 * Parses a Vietnamese "dd/MM/yyyy" date into an ISO date. Also accepts one-digit day or month and
 * "-" or "." as separators (all common in hand-typed and scanned data); the year needs 4 digits.
 */
export function parseDate(input: string): Parsed<IsoDate> {
  const text = input.trim();
  if (text === "") return fail("date.required", "Vui lòng nhập ngày", "Please enter a date");
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (!match) {
    return fail(
      "date.format",
      "Ngày phải có dạng ngày/tháng/năm, ví dụ 29/02/2024",
      "The date must be written as day/month/year, e.g. 29/02/2024",
    );
  }
  const parts: DateParts = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  if (!isValidDate(parts)) {
    return fail("date.invalid", `Ngày ${text} không tồn tại`, `There is no such date as ${text}`);
  }
  return ok(isoDateOf(parts));
}
