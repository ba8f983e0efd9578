import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("formats ISO dates as dd/MM/yyyy", () => {
    expect(formatDate("2026-07-01")).toBe("01/07/2026");
    expect(formatDate("2024-02-29")).toBe("29/02/2024");
  });

  it("reads a Date in UTC", () => {
    expect(formatDate(new Date(Date.UTC(2025, 11, 31)))).toBe("31/12/2025");
    // 17:00 UTC on 31/12 is already 01/01 in Hà Nội, but civil dates are kept at UTC midnight.
    expect(formatDate(new Date("2025-12-31T17:00:00Z"))).toBe("31/12/2025");
  });

  it("refuses what is not a date", () => {
    expect(() => formatDate("2025-02-29")).toThrow(RangeError);
    expect(() => formatDate("31/12/2025")).toThrow(RangeError);
    expect(() => formatDate(new Date("nonsense"))).toThrow(RangeError);
  });
});
