import type { SqlRunner } from "../../create-db";
import { findListPage, type LookUpPage, SqlParams } from "./name-search";

/**
 * A participating employer as the public may see it. Deliberately nothing about contributions: whether
 * an employer owes them (or is suspended) is not public, so no status, debt or count leaves here.
 */
export interface EmployerListItem {
  unitCode: string;
  taxCode: string;
  name: string;
  address: string;
  provinceCode: string;
}

/**
 * Employers still participating (closed ones are left out), by name or by their exact tax code or
 * unit code (`code`: the text as an identifier, upper-case without spaces), optionally in a province;
 * in Vietnamese alphabetical order.
 */
export function findEmployersPage(
  db: SqlRunner,
  filter: { text: string; code: string; provinceCode?: string | undefined; page: number },
): Promise<LookUpPage<EmployerListItem>> {
  const params = new SqlParams();
  const where = ["e.status <> 'closed'"];
  if (filter.provinceCode) where.push(`e.province_code = ${params.add(filter.provinceCode)}`);
  return findListPage<EmployerListItem>(db, {
    select: `e.unit_code AS "unitCode", e.tax_code AS "taxCode", e.name, e.address, e.province_code AS "provinceCode"`,
    from: "employer e",
    where,
    params,
    folded: "e.name_folded",
    text: filter.text,
    orMatches: (matchParams) => {
      const code = matchParams.add(filter.code);
      return `e.tax_code = ${code} OR e.unit_code = ${code}`;
    },
    orderBy: "e.name_sort_key, e.unit_code",
    page: filter.page,
  });
}
