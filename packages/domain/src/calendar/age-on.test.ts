import { describe, expect, it } from "vitest";
import { ageOn } from "./age-on";

describe("ageOn", () => {
  it("counts completed years", () => {
    const birth = { year: 1995, month: 7, day: 15 };
    expect(ageOn(birth, "2025-07-14")).toBe(29);
    expect(ageOn(birth, "2025-07-15")).toBe(30);
    expect(ageOn(birth, "1995-07-15")).toBe(0);
  });

  it("treats a year-only birth as 01/01 of that year", () => {
    expect(ageOn({ year: 1960 }, "2025-12-31")).toBe(65);
    expect(ageOn({ year: 1960 }, "2026-01-01")).toBe(66);
  });

  it("treats a month/year birth as the 1st of that month", () => {
    expect(ageOn({ year: 2020, month: 3 }, "2026-02-28")).toBe(5);
    expect(ageOn({ year: 2020, month: 3 }, "2026-03-01")).toBe(6);
  });

  it("ages someone born on 29/02 on 01/03 in common years", () => {
    const leapling = { year: 2008, month: 2, day: 29 };
    expect(ageOn(leapling, "2025-02-28")).toBe(16);
    expect(ageOn(leapling, "2025-03-01")).toBe(17);
    expect(ageOn(leapling, "2028-02-29")).toBe(20);
  });

  it("refuses a day before the birth", () => {
    expect(() => ageOn({ year: 2026, month: 5, day: 2 }, "2026-05-01")).toThrow(RangeError);
  });
});
