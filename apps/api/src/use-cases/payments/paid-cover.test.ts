import { describe, expect, it } from "vitest";
import { addMonthsToDate, renewalStart, runsOfEqualMonths, supportCategoryOf } from "./paid-cover";

describe("what a payment buys", () => {
  it("renews a running card from the day after it ends, a lapsed one from today", () => {
    expect(renewalStart("2026-12-31", "2026-11-26")).toBe("2027-01-01");
    expect(renewalStart("2026-11-25", "2026-11-26")).toBe("2026-11-26");
    expect(renewalStart("2025-03-31", "2026-11-26")).toBe("2026-11-26");
  });

  it("adds months to a day, keeping to the end of shorter months", () => {
    expect(addMonthsToDate("2027-01-01", 12)).toBe("2028-01-01");
    expect(addMonthsToDate("2026-11-26", 3)).toBe("2027-02-26");
    expect(addMonthsToDate("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDate("2027-11-30", 3)).toBe("2028-02-29");
  });

  it("takes the State support category from the health insurance card group", () => {
    expect(supportCategoryOf("HN")).toBe("poor");
    expect(supportCategoryOf("CN")).toBe("nearPoor");
    expect(supportCategoryOf("GD")).toBe("other");
    expect(supportCategoryOf(null)).toBe("other");
  });

  it("makes one ledger period per run of months with the same figures", () => {
    const month = (m: string, stateSupport: number) => ({
      month: m,
      income: 1_500_000,
      rate: "22.000",
      participantPays: 330_000 - stateSupport,
      stateSupport,
    });
    expect(
      runsOfEqualMonths([month("2026-11", 66_000), month("2026-12", 66_000), month("2027-01", 0)]),
    ).toEqual([
      {
        fromMonth: "2026-11",
        toMonth: "2026-12",
        income: 1_500_000,
        rate: "22.000",
        participantPays: 264_000,
        stateSupport: 66_000,
      },
      {
        fromMonth: "2027-01",
        toMonth: "2027-01",
        income: 1_500_000,
        rate: "22.000",
        participantPays: 330_000,
        stateSupport: 0,
      },
    ]);
    expect(runsOfEqualMonths([])).toEqual([]);
  });
});
