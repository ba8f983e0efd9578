import { describe, expect, it } from "vitest";
import { formatSmsTime } from "./format-sms-time";

describe("formatSmsTime", () => {
  it("states the moment in Vietnam's time, which may be the next day", () => {
    expect(formatSmsTime(new Date("2026-11-25T07:05:00Z"))).toBe("14:05 25/11/2026");
    expect(formatSmsTime(new Date("2026-12-31T17:30:00Z"))).toBe("00:30 01/01/2027");
  });
});
