import { type FacilityLevel, type FacilityListItem, findFacilitiesPage } from "@ansinh/db";
import { foldVietnamese } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { type ListPage, listPage } from "./list-page";

/**
 * "Cơ sở khám chữa bệnh BHYT": facilities by name or exact 5-character code (the code printed on the
 * card), level, province and sick-leave certificates.
 */
export async function searchFacilities(
  context: Pick<RouteContext, "db">,
  query: {
    q?: string | undefined;
    level?: FacilityLevel | undefined;
    province?: string | undefined;
    sickLeave?: boolean | undefined;
    page: number;
  },
): Promise<ListPage<FacilityListItem>> {
  const found = await findFacilitiesPage(context.db, {
    text: foldVietnamese(query.q ?? ""),
    code: (query.q ?? "").trim().toUpperCase(),
    level: query.level,
    provinceCode: query.province,
    issuesSickLeave: query.sickLeave,
    page: query.page,
  });
  return listPage(query.page, found);
}
