import { describe, expect, it } from "vitest";
import { newDossierNumber } from "./new-dossier-number";

describe("newDossierNumber", () => {
  it("is HS, the date in Vietnam as yyMMdd and six random digits", () => {
    expect(newDossierNumber(new Date("2026-03-15T09:30:00Z"), () => 42_917)).toBe("HS260315042917");
    expect(newDossierNumber(new Date("2026-03-15T09:30:00Z"), () => 0)).toBe("HS260315000000");
  });

  it("takes the date in Vietnam (UTC+7), not in UTC", () => {
    // 31/12/2025 18:00 UTC is already 01/01/2026 01:00 in Hà Nội.
    expect(newDossierNumber(new Date("2025-12-31T18:00:00Z"), () => 999_999)).toBe("HS260101999999");
  });

  it("draws from the whole six-digit range", () => {
    const numbers = new Set(Array.from({ length: 50 }, () => newDossierNumber(new Date())));
    for (const number of numbers) expect(number).toMatch(/^HS\d{12}$/);
    expect(numbers.size).toBeGreaterThan(45);
  });
});
