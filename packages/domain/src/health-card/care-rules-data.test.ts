import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays } from "../calendar/add-days";
import { isIsoDate } from "../calendar/iso-date";
import {
  careRateRecords,
  careRatesOn,
  coPaymentRecords,
  coPaymentRuleOn,
} from "../reference/health-insurance-care-rules";

// The two JSON files behind coverageOn are meant to be corrected by hand (most figures are
// unconfirmed); these checks catch a typo before it reaches a card holder.

const isoDate = z.string().refine(isIsoDate, "not an ISO date");
const legal = z.object({
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  legalDocument: z.string().min(5),
  confidence: z.enum(["V", "C", "U"]),
});
const percent = z.number().min(0).max(100);

const careRate = legal.extend({
  route: z.enum(["registered", "referral", "emergency", "selfReferral"]),
  facilityLevel: z.enum(["any", "district", "provincial", "central"]),
  setting: z.enum(["any", "outpatient", "inpatient"]),
  percentOfLevel: percent,
  note: z.string().optional(),
});
const coPayment = z.discriminatedUnion("rule", [
  legal.extend({ rule: z.literal("communeLevel"), fundSharePercent: percent }),
  legal.extend({ rule: z.literal("smallVisit"), percentOfBaseSalary: percent }),
  legal.extend({ rule: z.literal("fiveYears"), monthsOfBaseSalary: z.number().positive() }),
]);

function seriesProblems(records: readonly { effectiveFrom: string; effectiveTo: string | null }[]): string[] {
  const sorted = [...records].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return sorted.flatMap((record, i) => {
    const next = sorted[i + 1];
    if (record.effectiveTo !== null && record.effectiveTo < record.effectiveFrom)
      return [`${record.effectiveFrom} ends before it starts`];
    if (next === undefined) return [];
    if (record.effectiveTo === null || addDays(record.effectiveTo, 1) !== next.effectiveFrom)
      return [`${record.effectiveFrom}–${record.effectiveTo} is not followed by ${next.effectiveFrom}`];
    return [];
  });
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return [...groups.values()];
}

describe("health-insurance care rules data", () => {
  it("has the expected shape", () => {
    for (const record of careRateRecords) expect(careRate.safeParse(record).error?.issues ?? []).toEqual([]);
    for (const record of coPaymentRecords)
      expect(coPayment.safeParse(record).error?.issues ?? []).toEqual([]);
  });

  it("has contiguous series without overlap", () => {
    const series = [
      ...groupBy(careRateRecords, (r) => `${r.route}/${r.facilityLevel}/${r.setting}`),
      ...groupBy(coPaymentRecords, (r) => r.rule),
    ];
    expect(series.flatMap(seriesProblems)).toEqual([]);
  });

  it("never gives both an 'any' setting and a specific one for the same route and level on a day", () => {
    for (const date of ["2015-06-01", "2020-12-31", "2021-01-01", "2025-12-31", "2026-01-01"]) {
      for (const group of groupBy(careRatesOn(date), (r) => `${r.route}/${r.facilityLevel}`)) {
        const settings = group.map((r) => r.setting);
        expect(settings.includes("any") ? settings : []).toEqual(settings.includes("any") ? ["any"] : []);
      }
    }
  });

  it("looks rules up by day", () => {
    expect(coPaymentRuleOn("smallVisit", "2026-03-01")?.percentOfBaseSalary).toBe(15);
    expect(coPaymentRuleOn("fiveYears", "2026-03-01")?.monthsOfBaseSalary).toBe(6);
    expect(coPaymentRuleOn("fiveYears", "2014-12-31")).toBeUndefined();
    expect(careRatesOn("2014-12-31")).toEqual([]);
  });
});
