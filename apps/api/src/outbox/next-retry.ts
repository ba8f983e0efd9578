import type { FailureOutcome } from "@ansinh/db";

const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * What becomes of a message whose delivery just failed for the `attempts`-th time: tried again after
 * 30 s × 2^attempts (1, 2, 4 … 32 min, then 1 h), so a gateway outage of about two hours is ridden
 * out without hammering it; after the 8th attempt it is given up and stays as `failed` for a person
 * to look at.
 */
export function nextRetry(attempts: number, now: Date): FailureOutcome {
  if (attempts >= MAX_ATTEMPTS) return { final: true };
  const delay = Math.min(BASE_DELAY_MS * 2 ** attempts, MAX_DELAY_MS);
  return { retryAt: new Date(now.getTime() + delay) };
}
