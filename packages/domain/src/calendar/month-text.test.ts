import { describe, expect, it } from "vitest";
import { formatMonth, parseMonth } from "./month-text";

describe("month text", () => {
  it("formats as MM/yyyy", () => {
    expect(formatMonth("2026-07")).toBe("07/2026");
  });

  it("parses MM/yyyy and M/yyyy", () => {
    expect(parseMonth("07/2026")).toEqual({ ok: true, value: "2026-07" });
    expect(parseMonth(" 1/2026")).toEqual({ ok: true, value: "2026-01" });
    expect(parseMonth("12-2025")).toEqual({ ok: true, value: "2025-12" });
  });

  it("rejects month 0 and 13 and other shapes", () => {
    expect(parseMonth("13/2025")).toMatchObject({ ok: false, error: { code: "month.invalid" } });
    expect(parseMonth("00/2025")).toMatchObject({ ok: false, error: { code: "month.invalid" } });
    expect(parseMonth("2025-12")).toMatchObject({ ok: false, error: { code: "month.format" } });
    expect(parseMonth("")).toMatchObject({ ok: false, error: { code: "month.required" } });
  });
});
