import { describe, expect, it } from "vitest";
import { addMonths, compareYm, firstDayOf, lastDayOf, monthsInclusive, ymOf } from "./year-month";

describe("year-month arithmetic", () => {
  it("takes the month of a day", () => {
    expect(ymOf("2024-02-29")).toBe("2024-02");
    expect(() => ymOf("2025-02-29")).toThrow(RangeError);
  });

  it("adds and subtracts months across years", () => {
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-07", 12)).toBe("2026-07");
    expect(addMonths("2025-07", -19)).toBe("2023-12");
    expect(() => addMonths("2025-07", 0.5)).toThrow(RangeError);
  });

  it("counts months inclusively", () => {
    expect(monthsInclusive("2024-01", "2024-12")).toBe(12);
    expect(monthsInclusive("2025-07", "2025-07")).toBe(1);
    expect(monthsInclusive("2019-07", "2026-06")).toBe(84);
    expect(monthsInclusive("2026-02", "2026-01")).toBe(0);
  });

  it("compares months", () => {
    expect(compareYm("2025-12", "2026-01")).toBe(-1);
    expect(compareYm("2026-01", "2026-01")).toBe(0);
    expect(["2026-01", "2024-12", "2025-06"].sort(compareYm)).toEqual(["2024-12", "2025-06", "2026-01"]);
  });

  it("gives the first and last day, with leap years", () => {
    expect(firstDayOf("2026-07")).toBe("2026-07-01");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2025-02")).toBe("2025-02-28");
    expect(lastDayOf("2000-02")).toBe("2000-02-29");
    expect(lastDayOf("2100-02")).toBe("2100-02-28");
    expect(lastDayOf("2026-06")).toBe("2026-06-30");
    expect(lastDayOf("2025-12")).toBe("2025-12-31");
  });

  it("rejects malformed months", () => {
    expect(() => firstDayOf("2026-13")).toThrow(RangeError);
    expect(() => lastDayOf("07/2026")).toThrow(RangeError);
  });
});
