import type { SqlRunner } from "../../create-db";
import { findListPage, type LookUpPage, SqlParams } from "./name-search";

export type FacilityLevel = "initial" | "basic" | "specialised";

/** A health insurance (BHYT) facility as the public look-up lists it. */
export interface FacilityListItem {
  code: string;
  name: string;
  level: FacilityLevel;
  issuesSickLeave: boolean;
  address: string;
  commune: string;
  provinceCode: string;
}

/**
 * Facilities by name or exact code, level, province and whether they issue sick-leave certificates
 * (any filter may be left out), in Vietnamese alphabetical order.
 */
export function findFacilitiesPage(
  db: SqlRunner,
  filter: {
    text: string;
    /** The text as a facility code ("79024"): a facility with exactly that code matches too. */
    code: string;
    level?: FacilityLevel | undefined;
    provinceCode?: string | undefined;
    issuesSickLeave?: boolean | undefined;
    page: number;
  },
): Promise<LookUpPage<FacilityListItem>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (filter.level) where.push(`f.level = ${params.add(filter.level)}`);
  if (filter.provinceCode) where.push(`f.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.issuesSickLeave !== undefined)
    where.push(`f.issues_sick_leave = ${params.add(filter.issuesSickLeave)}`);
  return findListPage<FacilityListItem>(db, {
    select: `f.code, f.name, f.level, f.issues_sick_leave AS "issuesSickLeave", f.address, f.commune,
             f.province_code AS "provinceCode"`,
    from: "medical_facility f",
    where,
    params,
    folded: "f.name_folded",
    text: filter.text,
    orMatches: (matchParams) => `f.code = ${matchParams.add(filter.code)}`,
    orderBy: "f.name_sort_key, f.code",
    page: filter.page,
  });
}
