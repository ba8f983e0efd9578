import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, publicHolidays } from "./working-days";

const holidays = publicHolidays();

describe("isWorkingDay", () => {
  it("is false on Saturdays, Sundays and holidays", () => {
    expect(isWorkingDay("2026-03-09", holidays)).toBe(true); // a Monday
    expect(isWorkingDay("2026-03-07", holidays)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-08", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-02-17", holidays)).toBe(false); // mùng 1 Tết Bính Ngọ, a Tuesday
    expect(isWorkingDay("2026-02-17", new Set())).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("skips a weekend: Friday 06/03/2026 + 1 is Monday 09/03, + 5 is Friday 13/03", () => {
    expect(addWorkingDays("2026-03-06", 1, holidays)).toBe("2026-03-09");
    expect(addWorkingDays("2026-03-06", 5, holidays)).toBe("2026-03-13");
  });

  it("does not count the day of submission, even on a weekend", () => {
    // Saturday 07/03 → Monday 09/03 is the first working day after it.
    expect(addWorkingDays("2026-03-07", 1, holidays)).toBe("2026-03-09");
    expect(addWorkingDays("2026-03-07", 0, holidays)).toBe("2026-03-07");
  });

  it("skips Tết 2026 (off Saturday 14/02 to Sunday 22/02)", () => {
    // Thursday 12/02 + 5: Fri 13/02 (1); 14–22/02 off; Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(addWorkingDays("2026-02-12", 5, holidays)).toBe("2026-02-26");
  });

  it("skips the Hùng Kings day in lieu and 30/4–1/5 in 2026", () => {
    // Friday 24/04 + 3: Mon 27/04 off in lieu of Sunday 26/04; Tue 28 (1), Wed 29 (2);
    // Thu 30/04 and Fri 01/05 off, weekend; Mon 04/05 (3).
    expect(addWorkingDays("2026-04-24", 3, holidays)).toBe("2026-05-04");
  });

  it("skips the swapped Friday 02/05/2025 (off 30/04–04/05/2025)", () => {
    // Tuesday 29/04 + 1: Wed 30/04, Thu 01/05, Fri 02/05 off, weekend; Mon 05/05.
    expect(addWorkingDays("2025-04-29", 1, holidays)).toBe("2025-05-05");
  });

  it("crosses a year end: 31/12/2026 + 1 skips New Year's Day and the weekend", () => {
    // Thu 31/12 + 1: Fri 01/01/2027 off, Sat, Sun; Mon 04/01/2027.
    expect(addWorkingDays("2026-12-31", 1, holidays)).toBe("2027-01-04");
  });

  it("refuses a negative or fractional count and a malformed date", () => {
    expect(() => addWorkingDays("2026-03-06", -1, holidays)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-06", 1.5, holidays)).toThrow(RangeError);
    expect(() => addWorkingDays("06/03/2026", 1, holidays)).toThrow(RangeError);
  });
});

describe("publicHolidays", () => {
  it("holds New Year, Tết, Hùng Kings, 30/4, 1/5 and National Day of every year 2025–2027", () => {
    for (const day of [
      "2025-01-01",
      "2025-01-29",
      "2025-04-07",
      "2025-09-02",
      "2026-01-01",
      "2026-02-16",
      "2026-04-27",
      "2026-09-02",
      "2027-01-01",
      "2027-02-08",
      "2027-04-16",
      "2027-04-30",
      "2027-05-03",
      "2027-09-02",
    ]) {
      expect(holidays.has(day), day).toBe(true);
    }
    // The law gives 11 days a year (1/1, Tết 5, Hùng Kings, 30/4, 1/5, 2/9 and one adjacent day); a day
    // falling on a weekend comes back in lieu, and 2025's swap adds Friday 02/05: 12, 11, 11.
    const perYear = (year: string) => [...holidays].filter((d) => d.startsWith(year)).length;
    expect([perYear("2025"), perYear("2026"), perYear("2027")]).toEqual([12, 11, 11]);
  });
});
