import { randomInt } from "node:crypto";
import { vietnamDate } from "@ansinh/domain";

/**
 * Số hồ sơ of a public-service request: "DV" + the year of submission in Vietnam (2 digits) + 8 random
 * digits, e.g. "DV2612345678". Random, so one number tells nothing of another; the table's unique
 * constraint catches the rare repeat and the caller draws again.
 */
function newRequestNumber(now: Date, random: (max: number) => number = randomInt): string {
  return `DV${vietnamDate(now).slice(2, 4)}${String(random(100_000_000)).padStart(8, "0")}`;
}

const DRAWS = 5;

/**
 * Runs `attempt` with fresh numbers until it does not report the number taken. Five repeats in a
 * row among 10^8 numbers would mean a broken random source, which must not pass silently.
 */
export async function withFreshNumber<T>(
  now: Date,
  attempt: (number: string) => Promise<T | "number_taken">,
): Promise<T> {
  for (let draw = 0; draw < DRAWS; draw++) {
    const result = await attempt(newRequestNumber(now));
    if (result !== "number_taken") return result;
  }
  throw new Error(`No free request number after ${DRAWS} draws`);
}
