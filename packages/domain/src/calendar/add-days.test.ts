import { describe, expect, it } from "vitest";
import { addDays } from "./add-days";

describe("addDays", () => {
  it("crosses the end of February in leap and common years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
  });

  it("goes backwards across a year", () => {
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("rejects a date that does not exist", () => {
    expect(() => addDays("2025-02-29", 1)).toThrow(RangeError);
  });
});
