import { type CollectionPointListItem, findCollectionPointsPage } from "@ansinh/db";
import { foldVietnamese } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { type ListPage, listPage } from "./list-page";

/**
 * "Gần tôi" without a province lists the points within this distance: far enough to reach a point in
 * any district of a city or a rural commune's neighbours, near enough to stay one's own area.
 */
const NEAR_ME_RADIUS_KM = 30;

/**
 * "Điểm thu, đại lý thu": collection points and agents by name, kind, province and commune (names, with
 * or without diacritics), or nearest first from the person's position. A province or a position is
 * required (the route checks it): without either the list would be the whole country.
 */
export async function searchCollectionPoints(
  context: Pick<RouteContext, "db">,
  query: {
    q?: string | undefined;
    kind?: "point" | "agent" | undefined;
    province?: string | undefined;
    commune?: string | undefined;
    near?: { latitude: number; longitude: number } | undefined;
    page: number;
  },
): Promise<ListPage<CollectionPointListItem>> {
  const near = query.near && {
    ...query.near,
    // Within a province every point of it is listed, nearest first; otherwise only those around.
    withinKm: query.province ? undefined : NEAR_ME_RADIUS_KM,
  };
  const found = await findCollectionPointsPage(context.db, {
    text: foldVietnamese(query.q ?? ""),
    kind: query.kind,
    provinceCode: query.province,
    commune: query.commune ? foldVietnamese(query.commune) : undefined,
    near,
    page: query.page,
  });
  return listPage(query.page, found);
}
