import { type EmployerListItem, findEmployersPage } from "@ansinh/db";
import { foldVietnamese } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { type ListPage, listPage } from "./list-page";

/**
 * "Đơn vị tham gia BHXH": participating employers by name, or by exact tax code ("0301000010",
 * "0301000010-001") or unit code ("TZH490L") typed with or without spaces and dots, optionally in a
 * province. Whether an employer owes contributions is not public and never part of the answer.
 */
export async function searchEmployers(
  context: Pick<RouteContext, "db">,
  query: { q: string; province?: string | undefined; page: number },
): Promise<ListPage<EmployerListItem>> {
  const found = await findEmployersPage(context.db, {
    text: foldVietnamese(query.q),
    code: query.q.replace(/[\s.]/g, "").toUpperCase(),
    provinceCode: query.province,
    page: query.page,
  });
  return listPage(query.page, found);
}
