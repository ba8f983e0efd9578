import type { FieldError } from "../parsed";
import { parseCccd, type Sex } from "./cccd";

const SEX_VI: Record<Sex, string> = { male: "nam", female: "nữ" };

/**
 * Compares what a CCCD number encodes with the declared birth year and sex, and lists every
 * disagreement (empty = consistent). A registration whose CCCD contradicts the declared data is
 * rejected: one of them is mistyped. A wrong century alone (digit 4) gets its own code because it
 * is the usual typing slip (0 ↔ 2).
 */
export function checkCccdConsistency(cccd: string, declared: { birthYear: number; sex: Sex }): FieldError[] {
  const parsed = parseCccd(cccd);
  if (!parsed.ok) return [parsed.error];
  const { birthYear, sex } = parsed.value;
  const problems: FieldError[] = [];
  if (birthYear !== declared.birthYear) {
    problems.push(
      birthYear % 100 === declared.birthYear % 100
        ? {
            code: "cccd.century_mismatch",
            vi: `Chữ số thứ 4 của số CCCD ứng với năm sinh ${birthYear}, không khớp với năm sinh đã khai (${declared.birthYear})`,
            en: `The 4th digit of the citizen ID number means born in ${birthYear}, which does not match the declared year of birth (${declared.birthYear})`,
          }
        : {
            code: "cccd.birth_year_mismatch",
            vi: `Năm sinh trong số CCCD (${birthYear}) không khớp với năm sinh đã khai (${declared.birthYear})`,
            en: `The year of birth in the citizen ID number (${birthYear}) does not match the declared one (${declared.birthYear})`,
          },
    );
  }
  if (sex !== declared.sex) {
    problems.push({
      code: "cccd.sex_mismatch",
      vi: `Giới tính trong số CCCD (${SEX_VI[sex]}) không khớp với giới tính đã khai (${SEX_VI[declared.sex]})`,
      en: `The sex encoded in the citizen ID number (${sex}) does not match the declared one (${declared.sex})`,
    });
  }
  return problems;
}
