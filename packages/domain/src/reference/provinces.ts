import newData from "./data/provinces-new.json" with { type: "json" };
import oldData from "./data/provinces-old.json" with { type: "json" };
import issuerData from "./data/special-card-issuers.json" with { type: "json" };
import type { LegalRecord } from "./effective";

/** "city" = thành phố trực thuộc trung ương, "province" = tỉnh. */
export type ProvinceKind = "province" | "city";

/** One of the 63 provinces before 01/07/2025 (GSO code). */
export interface OldProvince extends LegalRecord {
  code: string;
  name: string;
  kind: ProvinceKind;
}

/** One of the 34 provinces from 01/07/2025, with the old provinces merged into it. */
export interface NewProvince extends OldProvince {
  mergedFrom: string[];
}

/** A non-province issuer code found where card codes carry a province (97, 98). */
export interface CardIssuer extends LegalRecord {
  code: string;
  name: string;
}

export const oldProvinces = oldData.records as readonly OldProvince[];
export const newProvinces = newData.records as readonly NewProvince[];
export const specialCardIssuers = issuerData.records as readonly CardIssuer[];

export function oldProvince(code: string): OldProvince | undefined {
  return oldProvinces.find((p) => p.code === code);
}

export function newProvince(code: string): NewProvince | undefined {
  return newProvinces.find((p) => p.code === code);
}

/** The province an old province belongs to since 01/07/2025 ("74" Bình Dương → "79" Hồ Chí Minh). */
export function newProvinceOf(oldCode: string): NewProvince | undefined {
  return newProvinces.find((p) => p.mergedFrom.includes(oldCode));
}

/**
 * Codes allowed in the province position of identifiers (card codes, BHXH numbers): the old list,
 * which identifiers keep using after the merger, plus the special issuers 97/98. Every new code is
 * also an old code, so cards issued after 07/2025 pass whichever list VSS used.
 */
export function isCardProvinceCode(code: string): boolean {
  return oldProvince(code) !== undefined || specialCardIssuers.some((issuer) => issuer.code === code);
}

/** "Thành phố Hà Nội", "Tỉnh Cao Bằng": the full administrative name. */
export function provinceFullName(province: OldProvince): string {
  return `${province.kind === "city" ? "Thành phố" : "Tỉnh"} ${province.name}`;
}
