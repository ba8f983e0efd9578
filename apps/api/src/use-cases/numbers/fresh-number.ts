import { randomInt } from "node:crypto";
import { vietnamDate } from "@ansinh/domain";

/**
 * The numbers a citizen is given to quote: a two-letter prefix naming what it is ("DV" a public-service
 * request, "HT" a help chat, "PA" a petition), the year of submission in Vietnam (2 digits) and 8
 * random digits, e.g. "DV2612345678". Random, so one number tells nothing of another; the table's
 * unique constraint catches the rare repeat and the caller draws again.
 */
type NumberPrefix = "DV" | "HT" | "PA";

function newNumber(prefix: NumberPrefix, now: Date, random: (max: number) => number = randomInt): string {
  return `${prefix}${vietnamDate(now).slice(2, 4)}${String(random(100_000_000)).padStart(8, "0")}`;
}

const DRAWS = 5;

/**
 * Runs `attempt` with fresh numbers until it does not report the number taken. Five repeats in a
 * row among 10^8 numbers would mean a broken random source, which must not pass silently.
 */
export async function withFreshNumber<T>(
  prefix: NumberPrefix,
  now: Date,
  attempt: (number: string) => Promise<T | "number_taken">,
): Promise<T> {
  for (let draw = 0; draw < DRAWS; draw++) {
    const result = await attempt(newNumber(prefix, now));
    if (result !== "number_taken") return result;
  }
  throw new Error(`No free ${prefix} number after ${DRAWS} draws`);
}
