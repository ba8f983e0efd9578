import { describe, expect, it } from "vitest";
import { householdRenewalQuote } from "./household-renewal-quote";

// Base salary 2,340,000 until 30/06/2026 and 2,530,000 from 01/07/2026 (data/base-salary.json).
// First member 4.5 %: 2,340,000 × 4.5 % = 105,300; 2,530,000 × 4.5 % = 113,850 a month.
// Later members, of the first member's amount: 2nd 70 %, 3rd 60 %, 4th 50 %, 5th and later 40 %.
//   at 105,300: 73,710 · 63,180 · 52,650 · 42,120
//   at 113,850: 79,695 · 68,310 · 56,925 · 45,540

describe("householdRenewalQuote", () => {
  it("charges one member 105,300 a month: 1,263,600 for 12 months of 2025", () => {
    const quote = householdRenewalQuote({ memberCount: 1, months: 12, from: "2025-01-15" });
    expect(quote.members).toEqual([{ order: 1, monthly: Array(12).fill(105_300), total: 1_263_600 }]);
    expect(quote.total).toBe(1_263_600);
  });

  it("reduces members 2 to 5 and keeps 40 % for the sixth (3 months of 2025)", () => {
    const quote = householdRenewalQuote({ memberCount: 6, months: 3, from: "2025-10-01" });
    expect(quote.members.map((m) => [m.order, m.monthly[0], m.total])).toEqual([
      [1, 105_300, 315_900],
      [2, 73_710, 221_130],
      [3, 63_180, 189_540],
      [4, 52_650, 157_950],
      [5, 42_120, 126_360],
      [6, 42_120, 126_360],
    ]);
    // One month for six: 105,300 + 73,710 + 63,180 + 52,650 + 42,120 + 42,120 = 379,080; × 3 = 1,137,240.
    expect(quote.total).toBe(1_137_240);
  });

  it("charges one member 1,366,200 for a year at the base salary of 01/07/2026", () => {
    // 12 × 113,850 = 1,366,200 (the figure quoted for 2,530,000).
    expect(householdRenewalQuote({ memberCount: 1, months: 12, from: "2026-07-01" }).total).toBe(1_366_200);
  });

  it("prices each month on its own base salary when the renewal spans 01/07/2026", () => {
    // 6 months from 20/05/2026: May and June at 2,340,000, July to October at 2,530,000.
    const quote = householdRenewalQuote({ memberCount: 2, months: 6, from: "2026-05-20" });
    expect(quote.members[0]?.monthly).toEqual([105_300, 105_300, 113_850, 113_850, 113_850, 113_850]);
    expect(quote.members[1]?.monthly).toEqual([73_710, 73_710, 79_695, 79_695, 79_695, 79_695]);
    // 2 × 105,300 + 4 × 113,850 = 666,000; 2 × 73,710 + 4 × 79,695 = 466,200; together 1,132,200.
    expect(quote.members.map((m) => m.total)).toEqual([666_000, 466_200]);
    expect(quote.total).toBe(1_132_200);
  });

  it("refuses an empty household and a period of no months", () => {
    expect(() => householdRenewalQuote({ memberCount: 0, months: 3, from: "2026-01-01" })).toThrow(
      RangeError,
    );
    expect(() => householdRenewalQuote({ memberCount: 2, months: 0, from: "2026-01-01" })).toThrow(
      RangeError,
    );
  });
});
