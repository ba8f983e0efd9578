import { describe, expect, it } from "vitest";
import { visitCostSplit } from "./visit-cost-split";

describe("visitCostSplit", () => {
  it("pays 80 % for an employee (DN, level 4) at a hospital", () => {
    expect(
      visitCostSplit({ totalCost: 10_000_000, groupCode: "DN", date: "2026-03-01", primaryCare: false }),
    ).toEqual({
      fundPaid: 8_000_000,
      patientPaid: 2_000_000,
    });
  });

  it("follows the 01/01/2026 change for near-poor members (CN: 95 % → 100 %)", () => {
    const visit = { totalCost: 10_000_000, groupCode: "CN", primaryCare: false };
    expect(visitCostSplit({ ...visit, date: "2025-12-31" }).fundPaid).toBe(9_500_000);
    expect(visitCostSplit({ ...visit, date: "2026-01-01" }).fundPaid).toBe(10_000_000);
  });

  it("pays a visit below 15 % of the base salary in full", () => {
    // 15 % of 2,340,000 = 351,000: 350,000 is below, 351,000 is not.
    expect(
      visitCostSplit({ totalCost: 350_000, groupCode: "DN", date: "2026-03-01", primaryCare: false })
        .patientPaid,
    ).toBe(0);
    expect(
      visitCostSplit({ totalCost: 351_000, groupCode: "DN", date: "2026-03-01", primaryCare: false })
        .patientPaid,
    ).toBe(70_200);
  });

  it("pays primary care in full", () => {
    expect(
      visitCostSplit({ totalCost: 5_000_000, groupCode: "GD", date: "2026-03-01", primaryCare: true })
        .patientPaid,
    ).toBe(0);
  });
});
