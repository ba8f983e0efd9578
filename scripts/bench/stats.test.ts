import { describe, expect, it } from "vitest";
import { percentile } from "./stats";

describe("percentile (nearest rank)", () => {
  it("picks the value at the rank, whatever the order of the sample", () => {
    const sample = [15, 20, 35, 40, 50];
    expect(percentile(sample, 30)).toBe(20);
    expect(percentile(sample, 40)).toBe(20);
    expect(percentile(sample, 50)).toBe(35);
    expect(percentile(sample, 100)).toBe(50);
    expect(percentile([50, 15, 40, 20, 35], 50)).toBe(35);
    expect(percentile(sample, 0)).toBe(15);
  });

  it("refuses an empty sample", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});
