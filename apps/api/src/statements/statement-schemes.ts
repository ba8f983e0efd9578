import { type SchemeCode, schemeCodes } from "./statement-source";

/** The schemes as a statement names them, in the order the paper lists them. */
export const schemeNames: Record<SchemeCode, { vi: string; en: string }> = {
  bhxh_compulsory: { vi: "Bảo hiểm xã hội bắt buộc", en: "Compulsory social insurance" },
  bhxh_voluntary: { vi: "Bảo hiểm xã hội tự nguyện", en: "Voluntary social insurance" },
  unemployment: { vi: "Bảo hiểm thất nghiệp", en: "Unemployment insurance" },
  occupational_accident: {
    vi: "Bảo hiểm tai nạn lao động, bệnh nghề nghiệp",
    en: "Occupational accident and disease insurance",
  },
  health_insurance: { vi: "Bảo hiểm y tế", en: "Health insurance" },
};

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
    .sort((a, b) => schemeCodes.indexOf(a.scheme) - schemeCodes.indexOf(b.scheme));
}
