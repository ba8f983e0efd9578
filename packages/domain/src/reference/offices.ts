import data from "./data/offices.json" with { type: "json" };
import type { LegalRecord } from "./effective";

/**
 * A social-insurance office since the 2025 reorganisation (QĐ 2286/QĐ-BTC): one province office per
 * new province and grassroots offices ("Bảo hiểm xã hội cơ sở") below it.
 *
 * Code scheme (ours, stable): "BHXH-<new province code>" for a province office, and
 * "BHXH-<province>-<2-digit sequence>" for its grassroots offices ("BHXH-79", "BHXH-79-02").
 * Contact details are sample data until replaced (`contactIsSample`).
 */
export interface Office extends LegalRecord {
  code: string;
  name: string;
  level: "province" | "grassroots";
  /** The province office a grassroots office reports to; null for a province office. */
  parentCode: string | null;
  /** New (34-list) province code. */
  provinceCode: string;
  address: string;
  phone: string;
  email: string;
  contactIsSample: boolean;
}

export const offices = data.records as readonly Office[];

export function officeByCode(code: string): Office | undefined {
  return offices.find((office) => office.code === code);
}

/** The province office of a new province followed by its grassroots offices. */
export function officesOfProvince(provinceCode: string): Office[] {
  return offices.filter((office) => office.provinceCode === provinceCode);
}

/**
 * The office that handles what a person files from the app (public-service requests, chats,
 * petitions): the province office of the province they live in, by the code scheme above.
 */
export function provinceOfficeCode(provinceCode: string): string {
  return `BHXH-${provinceCode}`;
}
