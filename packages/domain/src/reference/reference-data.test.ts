import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays } from "../calendar/add-days";
import { isIsoDate } from "../calendar/iso-date";
import { baseSalaryRecords } from "./base-salary";
import { benefitLevels } from "./benefit-levels";
import { capRecords, floorRecords } from "./contribution-caps";
import { compulsoryRateRecords, voluntaryRateRecords } from "./contribution-rates";
import type { Effective } from "./effective";
import { healthInsuranceGroups } from "./health-insurance-groups";
import { householdHealthInsuranceRecords } from "./household-health-insurance";
import { offices } from "./offices";
import { newProvinces, oldProvinces, specialCardIssuers } from "./provinces";
import { regionalMinimumWageRecords } from "./regional-minimum-wage";
import { ruralPovertyLineRecords } from "./rural-poverty-line";
import { voluntaryStateSupportRecords } from "./voluntary-state-support";

// The JSON files are meant to be corrected by hand; these checks catch a typo before it reaches a
// calculation. The loaders only cast, so the shape is checked here.

const isoDate = z.string().refine(isIsoDate, "not an ISO date");
const legal = z.object({
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  legalDocument: z.string().min(5),
  confidence: z.enum(["V", "C", "U"]),
});
const amount = z.number().int().positive();
const percent = z.number().min(0).max(100);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const code2 = z.string().regex(/^\d{2}$/);
const bound = legal.extend({
  fundGroup: z.enum(["socialAndHealth", "unemployment"]),
  multiplier: z.number().positive(),
  bases: z.array(z.enum(["referenceLevel", "regionalMinimumWage"])).min(1),
});

const files: [string, readonly unknown[], z.ZodType][] = [
  [
    "provinces-old",
    oldProvinces,
    legal.extend({ code: code2, name: z.string(), kind: z.enum(["province", "city"]) }),
  ],
  [
    "provinces-new",
    newProvinces,
    legal.extend({
      code: code2,
      name: z.string(),
      kind: z.enum(["province", "city"]),
      mergedFrom: z.array(code2).min(1),
    }),
  ],
  ["special-card-issuers", specialCardIssuers, legal.extend({ code: code2, name: z.string() })],
  [
    "offices",
    offices,
    legal.extend({
      code: z.string().regex(/^BHXH-\d{2}(-\d{2})?$/),
      name: z.string(),
      level: z.enum(["province", "grassroots"]),
      parentCode: z.string().nullable(),
      provinceCode: code2,
      address: z.string(),
      phone: z.string(),
      email: z.email(),
      contactIsSample: z.boolean(),
    }),
  ],
  ["base-salary", baseSalaryRecords, legal.extend({ amount })],
  ["rural-poverty-line", ruralPovertyLineRecords, legal.extend({ amount })],
  [
    "regional-minimum-wage",
    regionalMinimumWageRecords,
    legal.extend({ amounts: z.object({ I: amount, II: amount, III: amount, IV: amount }) }),
  ],
  [
    "contribution-rates (compulsory)",
    compulsoryRateRecords,
    legal.extend({ fund: z.string(), employerPercent: percent, employeePercent: percent }),
  ],
  [
    "contribution-rates (voluntary)",
    voluntaryRateRecords,
    legal.extend({ fund: z.string(), participantPercent: percent }),
  ],
  ["caps", capRecords, bound],
  ["floors", floorRecords, bound],
  [
    "benefit-levels",
    benefitLevels,
    legal.extend({ level, fundSharePercent: percent, nameVi: z.string(), nameEn: z.string() }),
  ],
  [
    "health-insurance-groups",
    healthInsuranceGroups,
    legal.extend({
      code: z.string().regex(/^[A-Z]{2}$/),
      nameVi: z.string(),
      nameEn: z.string(),
      payerGroup: z.enum([
        "employeeEmployer",
        "socialInsuranceFund",
        "stateBudget",
        "stateBudgetSupport",
        "household",
        "unknown",
      ]),
      levels: z
        .array(
          legal.extend({
            level,
            disputed: z.object({ alternativeLevel: level, note: z.string() }).optional(),
          }),
        )
        .min(1),
    }),
  ],
  [
    "voluntary-state-support",
    voluntaryStateSupportRecords,
    legal.extend({
      category: z.enum(["poor", "nearPoor", "ethnicMinority", "other"]),
      nameVi: z.string(),
      nameEn: z.string(),
      percent,
      maxMonths: z.number().int().positive(),
    }),
  ],
  [
    "household-health-insurance",
    householdHealthInsuranceRecords,
    legal.extend({ ratePercent: percent, memberSharePercents: z.array(percent).min(1) }),
  ],
];

/** Records of one series must follow each other without gap or overlap, and only the last may be open. */
function checkContiguous(series: readonly Effective[]): string[] {
  const sorted = [...series].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const problems: string[] = [];
  sorted.forEach((record, i) => {
    if (record.effectiveTo !== null && record.effectiveTo < record.effectiveFrom)
      problems.push(`${record.effectiveFrom} ends before it starts`);
    const next = sorted[i + 1];
    if (next === undefined) return;
    if (record.effectiveTo === null) {
      problems.push(`${record.effectiveFrom} is open-ended but followed by ${next.effectiveFrom}`);
      return;
    }
    if (addDays(record.effectiveTo, 1) !== next.effectiveFrom)
      problems.push(`${record.effectiveTo} is not followed by ${next.effectiveFrom}`);
  });
  return problems;
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return [...groups.values()];
}

describe("reference data files", () => {
  it.each(files)("%s has the expected shape", (_name, records, schema) => {
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(schema.safeParse(record).error?.issues ?? []).toEqual([]);
  });

  it("has contiguous, non-overlapping series", () => {
    const series: (readonly Effective[])[] = [
      baseSalaryRecords,
      ruralPovertyLineRecords,
      regionalMinimumWageRecords,
      ...groupBy(compulsoryRateRecords, (r) => r.fund),
      voluntaryRateRecords,
      householdHealthInsuranceRecords,
      ...groupBy(capRecords, (r) => r.fundGroup),
      ...groupBy(floorRecords, (r) => r.fundGroup),
      ...groupBy(voluntaryStateSupportRecords, (r) => r.category),
      ...groupBy(benefitLevels, (r) => String(r.level)),
      ...healthInsuranceGroups.map((g) => g.levels),
    ];
    expect(series.flatMap(checkContiguous)).toEqual([]);
  });

  it("lets every level series of a group start with the group itself", () => {
    for (const group of healthInsuranceGroups)
      expect(group.levels[0]?.effectiveFrom).toBe(group.effectiveFrom);
  });
});
