import { describe, expect, it } from "vitest";
import {
  formatVietnamDay,
  formatVietnamTime,
  vietnamDate,
  vietnamYear,
  vietnamYearStart,
} from "./vietnam-time";

describe("Vietnam's local time", () => {
  it("states a moment in Vietnam's time, which may be the next day or year", () => {
    expect(formatVietnamTime(new Date("2026-11-25T07:05:00Z"))).toBe("14:05 25/11/2026");
    expect(formatVietnamTime("2026-12-31T17:30:00Z")).toBe("00:30 01/01/2027");
    expect(formatVietnamDay("2026-12-31T17:30:00Z")).toBe("01/01/2027");
  });

  it("gives the date and year in Vietnam either side of midnight there", () => {
    expect(vietnamDate(new Date("2026-12-31T16:59:59Z"))).toBe("2026-12-31");
    expect(vietnamDate(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(vietnamYear("2026-12-31T16:59:59Z")).toBe(2026);
    expect(vietnamYear("2026-12-31T17:00:00Z")).toBe(2027);
  });

  it("puts the start of a year at 17:00 UTC on the last day of the year before", () => {
    expect(vietnamYearStart(2027).toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(vietnamYearStart(1995).toISOString()).toBe("1994-12-31T17:00:00.000Z");
  });

  it("refuses what is not an instant instead of printing NaN", () => {
    expect(() => formatVietnamTime("not a date")).toThrow(RangeError);
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
