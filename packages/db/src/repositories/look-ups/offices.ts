import type { SqlRunner } from "../../create-db";
import { findListPage, type LookUpPage, SqlParams } from "./name-search";

/** A social insurance office as the public look-up lists it: where to go, whom to call or write to. */
export interface OfficeListItem {
  code: string;
  name: string;
  level: "province" | "grassroots";
  address: string;
  phone: string;
  email: string;
  provinceCode: string;
}

/**
 * Offices by name (folded text, see findListPage) and province, in Vietnamese alphabetical order.
 * The 123 offices need no folded column or trigram index: the name is folded in the statement.
 */
export function findOfficesPage(
  db: SqlRunner,
  filter: { text: string; provinceCode?: string | undefined; page: number },
): Promise<LookUpPage<OfficeListItem>> {
  const params = new SqlParams();
  const where = filter.provinceCode ? [`o.province_code = ${params.add(filter.provinceCode)}`] : [];
  return findListPage<OfficeListItem>(db, {
    select: `o.code, o.name, o.level, o.address, o.phone, o.email, o.province_code AS "provinceCode"`,
    from: "office o",
    where,
    params,
    folded: "lower(unaccent(o.name))",
    text: filter.text,
    orderBy: "o.name_sort_key, o.code",
    page: filter.page,
  });
}
