import { describe, expect, it } from "vitest";
import { formatBirthDate, parseBirthDate } from "./birth-date";

describe("parseBirthDate", () => {
  it("accepts a full date, month/year or the year only", () => {
    expect(parseBirthDate("07/09/2008")).toEqual({ ok: true, value: { year: 2008, month: 9, day: 7 } });
    expect(parseBirthDate("9/2008")).toEqual({ ok: true, value: { year: 2008, month: 9 } });
    expect(parseBirthDate(" 1988 ")).toEqual({ ok: true, value: { year: 1988 } });
  });

  it("rejects impossible dates and years before 1900", () => {
    expect(parseBirthDate("29/02/2025")).toMatchObject({ ok: false, error: { code: "birth_date.invalid" } });
    expect(parseBirthDate("29/02/2024").ok).toBe(true);
    expect(parseBirthDate("13/2000")).toMatchObject({ ok: false, error: { code: "birth_date.invalid" } });
    expect(parseBirthDate("1899")).toMatchObject({ ok: false, error: { code: "birth_date.too_early" } });
    expect(parseBirthDate("88")).toMatchObject({ ok: false, error: { code: "birth_date.format" } });
  });

  it("rejects births after the given day, counting a partial date from its first day", () => {
    const options = { notAfter: "2026-03-15" };
    expect(parseBirthDate("15/03/2026", options).ok).toBe(true);
    expect(parseBirthDate("16/03/2026", options)).toMatchObject({
      ok: false,
      error: { code: "birth_date.future" },
    });
    expect(parseBirthDate("03/2026", options).ok).toBe(true);
    expect(parseBirthDate("2027", options).ok).toBe(false);
  });
});

describe("formatBirthDate", () => {
  it("writes back what was recorded", () => {
    expect(formatBirthDate({ year: 2008, month: 9, day: 7 })).toBe("07/09/2008");
    expect(formatBirthDate({ year: 2008, month: 9 })).toBe("09/2008");
    expect(formatBirthDate({ year: 1988 })).toBe("1988");
  });
});
