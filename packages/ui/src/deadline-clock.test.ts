import { describe, expect, it } from "vitest";
import { clockOfWorkingDaysLeft, deadlineClock } from "./deadline-clock";

const weekdays = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

describe("deadlineClock", () => {
  it("counts the working days left, today not counted", () => {
    // Thursday 26/11/2026 → Tuesday 01/12/2026: Friday, Monday and Tuesday.
    expect(deadlineClock("2026-12-01", "2026-11-26", weekdays)).toEqual({ kind: "left", workingDays: 3 });
  });

  it("skips the days that are not working days", () => {
    const holiday = (day: string) => weekdays(day) && day !== "2026-11-30";
    expect(deadlineClock("2026-12-01", "2026-11-26", holiday)).toEqual({ kind: "left", workingDays: 2 });
  });

  it("says when it is due today, or how many working days late", () => {
    expect(deadlineClock("2026-11-26", "2026-11-26", weekdays)).toEqual({ kind: "today" });
    // Friday 20/11 → Thursday 26/11: Monday to Thursday.
    expect(deadlineClock("2026-11-20", "2026-11-26", weekdays)).toEqual({ kind: "overdue", workingDays: 4 });
    // Due on Friday, seen on Sunday: late all the same.
    expect(deadlineClock("2026-11-27", "2026-11-29", weekdays)).toEqual({ kind: "overdue", workingDays: 1 });
  });
});

describe("clockOfWorkingDaysLeft", () => {
  it("reads the server's count", () => {
    expect(clockOfWorkingDaysLeft(2)).toEqual({ kind: "left", workingDays: 2 });
    expect(clockOfWorkingDaysLeft(0)).toEqual({ kind: "today" });
    expect(clockOfWorkingDaysLeft(-3)).toEqual({ kind: "overdue", workingDays: 3 });
  });
});
