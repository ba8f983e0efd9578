import { describe, expect, it } from "vitest";
import { formatVnd } from "./format-vnd";

describe("formatVnd", () => {
  it("groups thousands with dots and adds the đồng sign", () => {
    expect(formatVnd(1234567)).toBe("1.234.567 ₫");
    expect(formatVnd(46_800_000)).toBe("46.800.000 ₫");
    expect(formatVnd(999)).toBe("999 ₫");
    expect(formatVnd(1000)).toBe("1.000 ₫");
    expect(formatVnd(0)).toBe("0 ₫");
  });

  it("writes negatives with a minus", () => {
    expect(formatVnd(-50_000)).toBe("-50.000 ₫");
  });

  it("rounds fractions to whole đồng, halves away from zero", () => {
    expect(formatVnd(1234.5)).toBe("1.235 ₫");
    expect(formatVnd(-1234.5)).toBe("-1.235 ₫");
    expect(formatVnd(-0.4)).toBe("0 ₫");
  });

  it("accepts bigint ledger totals beyond 2^53", () => {
    expect(formatVnd(12_345_678_901_234_567_890n)).toBe("12.345.678.901.234.567.890 ₫");
    expect(formatVnd(-1_000n)).toBe("-1.000 ₫");
  });

  it("refuses what is not an amount", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
