import { describe, expect, it } from "vitest";
import { daysInMonth, isIsoDate, isLeapYear, isoDateOf, isoDateParts } from "./iso-date";

describe("calendar basics", () => {
  it("knows the Gregorian leap years", () => {
    expect([2024, 2025, 2000, 1900, 2100].map(isLeapYear)).toEqual([true, false, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it("validates and splits ISO dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-2-1")).toBe(false);
    expect(isoDateParts("2026-01-01")).toEqual({ year: 2026, month: 1, day: 1 });
    expect(isoDateOf({ year: 2026, month: 7, day: 1 })).toBe("2026-07-01");
    expect(() => isoDateOf({ year: 2026, month: 6, day: 31 })).toThrow(RangeError);
  });
});
