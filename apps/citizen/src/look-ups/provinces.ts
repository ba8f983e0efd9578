import { compareVietnamese, newProvinces, oldProvince } from "@ansinh/domain";

interface ProvinceChoice {
  /** The 2-digit code of the 34-province list. */
  code: string;
  name: string;
  /** The names of the former provinces merged into it on 01/07/2025, other than its own. */
  former: readonly string[];
}

/**
 * The 34 provinces in Vietnamese alphabetical order, each with the former provinces it took in: many
 * people still know their province by its old name ("Bình Dương" is in "Hồ Chí Minh" now).
 */
export const provinceChoices: readonly ProvinceChoice[] = newProvinces
  .map((province) => ({
    code: province.code,
    name: province.name,
    former: province.mergedFrom.flatMap((code) => {
      const name = oldProvince(code)?.name;
      return name && name !== province.name ? [name] : [];
    }),
  }))
  .sort((a, b) => compareVietnamese(a.name, b.name));

const names: ReadonlyMap<string, string> = new Map(provinceChoices.map((p) => [p.code, p.name]));

/** The province's name, or the code itself when the list does not know it. */
export function provinceName(code: string): string {
  return names.get(code) ?? code;
}
