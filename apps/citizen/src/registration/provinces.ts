// The province list of 01/07/2025 is reference data of the domain package; the app reads that file
// itself (by path: @ansinh/domain is not a dependency of the citizen app) so the two can never differ.
import provincesNew from "../../../../packages/domain/src/reference/data/provinces-new.json";

interface NewProvince {
  code: string;
  name: string;
  /** The pre-merger province codes it was formed from, its own first. */
  mergedFrom: readonly string[];
}

const provinces: readonly NewProvince[] = provincesNew.records;

/** New (34-list) province code → its name. */
export const provinceNames: ReadonlyMap<string, string> = new Map(provinces.map((p) => [p.code, p.name]));

/** Old (63-list) province code → the new province it merged into. */
const newProvinceOfOld: ReadonlyMap<string, string> = new Map(
  provinces.flatMap((p) => p.mergedFrom.map((old) => [old, p.code] as const)),
);

/**
 * The new province of a BHXH number: its first two digits are the code of the province (old list) where
 * it was issued. Null for a number that is not 10 digits or has an unknown prefix.
 */
export function provinceOfBhxhNumber(bhxhNumber: string): string | null {
  if (!/^\d{10}$/.test(bhxhNumber)) return null;
  return newProvinceOfOld.get(bhxhNumber.slice(0, 2)) ?? null;
}
