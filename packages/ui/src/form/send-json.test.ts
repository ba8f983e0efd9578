import { describe, expect, it } from "vitest";
import { readRetryAfter } from "./send-json";

describe("readRetryAfter", () => {
  it("reads seconds", () => {
    expect(readRetryAfter("42")).toBe(42);
    expect(readRetryAfter(" 0 ")).toBe(0);
  });

  it("reads an HTTP date as the seconds until then", () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(readRetryAfter(inAMinute)).toBeGreaterThanOrEqual(58);
    expect(readRetryAfter(inAMinute)).toBeLessThanOrEqual(60);
    expect(readRetryAfter(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
  });

  it("is null when there is nothing usable", () => {
    expect(readRetryAfter(null)).toBeNull();
    expect(readRetryAfter("")).toBeNull();
    expect(readRetryAfter("soon")).toBeNull();
    expect(readRetryAfter("-5")).toBeNull();
  });
});
