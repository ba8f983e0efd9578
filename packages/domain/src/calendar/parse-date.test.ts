import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate", () => {
  it("turns dd/MM/yyyy into an ISO date", () => {
    expect(parseDate("07/09/2008")).toEqual({ ok: true, value: "2008-09-07" });
    expect(parseDate(" 1/7/2025 ")).toEqual({ ok: true, value: "2025-07-01" });
    expect(parseDate("31.12.2025")).toEqual({ ok: true, value: "2025-12-31" });
    expect(parseDate("01 - 01 - 2026")).toEqual({ ok: true, value: "2026-01-01" });
  });

  it("accepts 29/02 only in leap years", () => {
    expect(parseDate("29/02/2024")).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseDate("29/02/2000")).toEqual({ ok: true, value: "2000-02-29" });
    const notLeap = parseDate("29/02/2025");
    expect(notLeap.ok).toBe(false);
    if (!notLeap.ok) {
      expect(notLeap.error.code).toBe("date.invalid");
      expect(notLeap.error.vi).toBe("Ngày 29/02/2025 không tồn tại");
    }
    expect(parseDate("29/02/1900")).toMatchObject({ ok: false, error: { code: "date.invalid" } });
  });

  it("rejects days that do not exist", () => {
    for (const text of ["31/02/2024", "31/04/2025", "00/01/2025", "15/13/2025", "32/01/2025"]) {
      expect(parseDate(text)).toMatchObject({ ok: false, error: { code: "date.invalid" } });
    }
  });

  it("rejects other shapes with a bilingual message", () => {
    expect(parseDate("2024-02-29")).toMatchObject({ ok: false, error: { code: "date.format" } });
    expect(parseDate("1/1/25")).toMatchObject({ ok: false, error: { code: "date.format" } });
    expect(parseDate("")).toMatchObject({
      ok: false,
      error: { code: "date.required", en: "Please enter a date" },
    });
  });
});
