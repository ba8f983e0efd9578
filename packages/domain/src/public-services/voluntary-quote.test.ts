import { describe, expect, it } from "vitest";
import { voluntaryQuote } from "./voluntary-quote";

// Voluntary BHXH: 22 % of the chosen income. State support = category % of 22 % × the rural poverty line
// 1,500,000 = 330,000: poor 50 % → 165,000, near-poor 40 % → 132,000, others 20 % → 66,000 a month.
// Floor 1,500,000 → 330,000 a month. Cap 20 × 2,340,000 = 46,800,000 → 10,296,000 a month until
// 30/06/2026; 20 × 2,530,000 = 50,600,000 → 11,132,000 a month from 01/07/2026.

describe("voluntaryQuote at the floor (1,500,000 a month)", () => {
  it("others: 330,000 less 66,000 = 264,000 a month", () => {
    const quote = voluntaryQuote({ income: 1_500_000, months: 1, from: "2026-03-05", category: "other" });
    expect(quote).toEqual({
      months: [{ month: "2026-03", total: 330_000, stateSupport: 66_000, participantPays: 264_000 }],
      total: 330_000,
      stateSupport: 66_000,
      participantPays: 264_000,
    });
  });

  it("poor household, 3 months: 165,000 a month from each side, 495,000 each in all", () => {
    const quote = voluntaryQuote({ income: 1_500_000, months: 3, from: "2026-01-01", category: "poor" });
    expect(quote.months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(quote).toMatchObject({ total: 990_000, stateSupport: 495_000, participantPays: 495_000 });
  });

  it("near-poor household, 12 months: 198,000 a month, 2,376,000 paid and 1,584,000 supported", () => {
    // 330,000 − 132,000 = 198,000; × 12 = 2,376,000; 132,000 × 12 = 1,584,000; 330,000 × 12 = 3,960,000.
    const quote = voluntaryQuote({ income: 1_500_000, months: 12, from: "2026-01-01", category: "nearPoor" });
    expect(quote).toMatchObject({ total: 3_960_000, stateSupport: 1_584_000, participantPays: 2_376_000 });
  });
});

describe("voluntaryQuote at the cap", () => {
  it("46,800,000 until 30/06/2026: 10,296,000 a month less the category's support", () => {
    const pays = (category: "poor" | "nearPoor" | "other") =>
      voluntaryQuote({ income: 46_800_000, months: 1, from: "2026-06-01", category }).participantPays;
    // 10,296,000 − 165,000 / − 132,000 / − 66,000.
    expect([pays("poor"), pays("nearPoor"), pays("other")]).toEqual([10_131_000, 10_164_000, 10_230_000]);
  });

  it("50,600,000 from 01/07/2026: 11,132,000 a month, an income above the cap before then is refused", () => {
    const quote = voluntaryQuote({ income: 50_600_000, months: 6, from: "2026-07-01", category: "other" });
    // 6 × 11,132,000 = 66,792,000; 6 × 66,000 = 396,000; 66,792,000 − 396,000 = 66,396,000.
    expect(quote).toMatchObject({ total: 66_792_000, stateSupport: 396_000, participantPays: 66_396_000 });
    expect(() =>
      voluntaryQuote({ income: 50_600_000, months: 3, from: "2026-06-01", category: "other" }),
    ).toThrow(RangeError);
  });
});

describe("voluntaryQuote and the 120-month support limit", () => {
  it("stops the support after the months left", () => {
    // Others at the floor, 3 months with 2 supported months left: 264,000 + 264,000 + 330,000 = 858,000.
    const quote = voluntaryQuote({
      income: 1_500_000,
      months: 3,
      from: "2026-01-01",
      category: "other",
      supportMonthsLeft: 2,
    });
    expect(quote.months.map((m) => m.stateSupport)).toEqual([66_000, 66_000, 0]);
    expect(quote).toMatchObject({ total: 990_000, stateSupport: 132_000, participantPays: 858_000 });
  });

  it("refuses a negative number of months left", () => {
    expect(() =>
      voluntaryQuote({
        income: 1_500_000,
        months: 1,
        from: "2026-01-01",
        category: "other",
        supportMonthsLeft: -1,
      }),
    ).toThrow(RangeError);
  });
});
