import { findOfficesPage, type OfficeListItem } from "@ansinh/db";
import { foldVietnamese } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { type ListPage, listPage } from "./list-page";

/** "Cơ quan BHXH": offices by name (diacritics optional, small typos forgiven) and province. */
export async function searchOffices(
  context: Pick<RouteContext, "db">,
  query: { q?: string | undefined; province?: string | undefined; page: number },
): Promise<ListPage<OfficeListItem>> {
  const found = await findOfficesPage(context.db, {
    text: foldVietnamese(query.q ?? ""),
    provinceCode: query.province,
    page: query.page,
  });
  return listPage(query.page, found);
}
