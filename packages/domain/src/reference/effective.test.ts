import { describe, expect, it } from "vitest";
import { isInForceOn, valueAt } from "./effective";

const series = [
  { effectiveFrom: "2024-07-01", effectiveTo: "2026-06-30", amount: 2_340_000 },
  { effectiveFrom: "2026-07-01", effectiveTo: null, amount: 2_530_000 },
];

describe("valueAt", () => {
  it("picks the record in force, effectiveTo inclusive", () => {
    expect(valueAt(series, "2024-07-01").amount).toBe(2_340_000);
    expect(valueAt(series, "2026-06-30").amount).toBe(2_340_000);
    expect(valueAt(series, "2026-07-01").amount).toBe(2_530_000);
    expect(valueAt(series, "2099-12-31").amount).toBe(2_530_000);
  });

  it("throws a clear error before the first record", () => {
    expect(() => valueAt(series, "2024-06-30", "base salary")).toThrow(
      "No base salary is known for 2024-06-30",
    );
  });

  it("throws on overlapping data and on malformed dates", () => {
    const overlapping = [...series, { effectiveFrom: "2026-01-01", effectiveTo: null, amount: 1 }];
    expect(() => valueAt(overlapping, "2026-07-01")).toThrow(/overlap/);
    expect(() => valueAt(series, "01/07/2026")).toThrow(RangeError);
  });
});

describe("isInForceOn", () => {
  it("treats both ends as included and null as open-ended", () => {
    const [first, second] = series;
    expect(first && isInForceOn(first, "2026-06-30")).toBe(true);
    expect(first && isInForceOn(first, "2026-07-01")).toBe(false);
    expect(second && isInForceOn(second, "2100-01-01")).toBe(true);
  });
});
