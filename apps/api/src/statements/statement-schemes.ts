import { SCHEMES } from "../use-cases/records/record-names";
import type { SchemeCode } from "./statement-source";

/** 181 months → 15 years and 1 month. */
export function durationOf(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}

/**
 * The schemes a statement lists: those the person has a period in (the history lists all five), in
 * the paper's order whatever order they came in.
 */
export function statedSchemes<T extends { scheme: SchemeCode; periods: readonly unknown[] }>(
  schemes: readonly T[],
): T[] {
  return schemes
    .filter((s) => s.periods.length > 0)
    .sort((a, b) => SCHEMES.indexOf(a.scheme) - SCHEMES.indexOf(b.scheme));
}
