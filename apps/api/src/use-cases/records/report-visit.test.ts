import { describe, expect, it } from "vitest";
import { newVisitReportReference } from "./report-visit";

describe("newVisitReportReference", () => {
  it("is PA, the day in Vietnam and 8 digits", () => {
    // 18:30 UTC on 31/12/2025 is already 01/01/2026 in Vietnam.
    expect(newVisitReportReference(new Date("2025-12-31T18:30:00Z"), () => 4_213)).toBe("PA26010100004213");
  });
});
