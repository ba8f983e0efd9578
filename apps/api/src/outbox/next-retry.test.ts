import { describe, expect, it } from "vitest";
import { nextRetry } from "./next-retry";

const now = new Date("2026-11-25T08:00:00Z");
const minutesLater = (attempts: number) => {
  const outcome = nextRetry(attempts, now);
  return "retryAt" in outcome ? (outcome.retryAt.getTime() - now.getTime()) / 60_000 : "final";
};

describe("nextRetry", () => {
  it("doubles the wait from one minute up to an hour, then gives up after the eighth attempt", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(minutesLater)).toEqual([1, 2, 4, 8, 16, 32, 60, "final"]);
    expect(minutesLater(9)).toBe("final");
  });
});
