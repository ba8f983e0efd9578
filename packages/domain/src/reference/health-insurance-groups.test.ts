import { describe, expect, it } from "vitest";
import { benefitLevelAt, healthInsuranceGroup, healthInsuranceGroups } from "./health-insurance-groups";

describe("benefitLevelAt", () => {
  it("moves near-poor CN from 3 to 2 on 01/01/2026", () => {
    expect(benefitLevelAt("CN", "2025-12-31")).toBe(3);
    expect(benefitLevelAt("CN", "2026-01-01")).toBe(2);
  });

  it("moves LH from 4 to 2 on 01/01/2026, and LH did not exist before Law 41", () => {
    expect(benefitLevelAt("LH", "2025-07-01")).toBe(4);
    expect(benefitLevelAt("LH", "2025-12-31")).toBe(4);
    expect(benefitLevelAt("LH", "2026-01-01")).toBe(2);
    expect(() => benefitLevelAt("LH", "2025-06-30")).toThrow(RangeError);
  });

  it("gives the usual levels of the main groups", () => {
    expect(benefitLevelAt("DN", "2026-01-01")).toBe(4);
    expect(benefitLevelAt("HT", "2026-01-01")).toBe(3);
    expect(benefitLevelAt("TE", "2026-01-01")).toBe(1);
    expect(benefitLevelAt("QN", "2026-01-01")).toBe(5);
    expect(benefitLevelAt("HN", "2026-01-01")).toBe(2);
  });

  it("rejects unknown codes", () => {
    expect(() => benefitLevelAt("ZZ", "2026-01-01")).toThrow(/Unknown health insurance group/);
  });
});

describe("health insurance group list", () => {
  it("holds every code of the reference table once", () => {
    const codes = healthInsuranceGroups.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(54);
    expect(codes).toEqual(expect.arrayContaining(["DN", "HX", "CH", "GD", "LH", "AK", "BA"]));
  });

  it("has a Vietnamese meaning and a payer group", () => {
    expect(healthInsuranceGroup("CN")).toMatchObject({
      nameVi: "Người thuộc hộ gia đình cận nghèo",
      payerGroup: "stateBudgetSupport",
    });
  });

  it("marks CT and PV as disputed", () => {
    const disputed = healthInsuranceGroups.filter((g) => g.levels.some((l) => l.disputed)).map((g) => g.code);
    expect(disputed.sort()).toEqual(["CT", "PV"]);
    expect(healthInsuranceGroup("CT")?.levels[0]).toMatchObject({
      level: 4,
      confidence: "U",
      disputed: { alternativeLevel: 2 },
    });
  });
});
