import { describe, expect, it } from "vitest";
import { Random } from "./random";

describe("Random", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = new Random("42");
    const b = new Random("42");
    const c = new Random("43");
    const seqA = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.float())).not.toEqual(seqA);
  });

  it("keeps int() within its inclusive bounds and reaches both ends", () => {
    const r = new Random("bounds");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(1, 4));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it("follows the weights roughly", () => {
    const r = new Random("weights");
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        r.weighted([
          ["a", 9],
          ["b", 1],
        ] as const) === "a"
      )
        heavy++;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });
});
