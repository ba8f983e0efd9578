import { describe, expect, it } from "vitest";
import { percentOf } from "./percent-of";

describe("percentOf", () => {
  it("is exact for the usual rates", () => {
    expect(percentOf(46_800_000, 1.5)).toBe(702_000);
    expect(percentOf(46_800_000, 0.5)).toBe(234_000);
    expect(percentOf(5_310_000, 8)).toBe(424_800);
  });

  it("rounds to the nearest đồng, halves up", () => {
    expect(percentOf(4_999_999, 1.5)).toBe(75_000); // 74,999.985
    expect(percentOf(100_001, 0.5)).toBe(500); // 500.005 → 500
    expect(percentOf(100_100, 0.5)).toBe(501); // 500.5 → 501
  });

  it("rejects fractional đồng, negatives and over-precise rates", () => {
    expect(() => percentOf(100.5, 1)).toThrow(RangeError);
    expect(() => percentOf(-100, 1)).toThrow(RangeError);
    expect(() => percentOf(100, 0.125)).toThrow(RangeError);
  });
});
