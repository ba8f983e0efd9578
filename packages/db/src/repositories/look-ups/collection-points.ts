import type { SqlRunner } from "../../create-db";
import { containing, findListPage, type LookUpPage, SqlParams } from "./name-search";

/** A collection point (điểm thu) or collection agent (đại lý thu), where contributions can be paid. */
export interface CollectionPointListItem {
  code: string;
  kind: "point" | "agent";
  name: string;
  address: string;
  commune: string;
  provinceCode: string;
  phone: string;
  officeCode: string;
  latitude: number;
  longitude: number;
  /** From the position searched near, in km (2 decimals); null when none was given. */
  distanceKm: number | null;
}

/** Where the person is: points are sorted by distance from it, and kept within `withinKm` if given. */
interface Near {
  latitude: number;
  longitude: number;
  withinKm?: number | undefined;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
/** Length of one degree of latitude (and of longitude on the equator), km. */
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/**
 * Collection points by name, kind, province and commune (the commune by folded substring, as communes
 * are still names rather than codes), in Vietnamese alphabetical order — or nearest first when `near`
 * is given: great-circle (haversine) distance, no PostGIS. With a radius, a latitude/longitude box
 * around the person (collection_point_position_idx) narrows the rows before any distance is computed.
 */
export function findCollectionPointsPage(
  db: SqlRunner,
  filter: {
    text: string;
    kind?: "point" | "agent" | undefined;
    provinceCode?: string | undefined;
    commune?: string | undefined;
    near?: Near | undefined;
    page: number;
  },
): Promise<LookUpPage<CollectionPointListItem>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (filter.kind) where.push(`c.kind = ${params.add(filter.kind)}`);
  if (filter.provinceCode) where.push(`c.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.commune) where.push(`lower(unaccent(c.commune)) LIKE ${params.add(containing(filter.commune))}`);
  let from = "collection_point c";
  const near = filter.near;
  if (near) {
    const lat = `${params.add(near.latitude)}::float8`;
    const lng = `${params.add(near.longitude)}::float8`;
    from += ` CROSS JOIN LATERAL (SELECT 2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
        power(sin(radians(c.latitude - ${lat}) / 2), 2)
        + cos(radians(${lat})) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ${lng}) / 2), 2)
      ))) AS km) d`;
    if (near.withinKm !== undefined) {
      const box = boundingBox(near.latitude, near.longitude, near.withinKm);
      where.push(`c.latitude BETWEEN ${params.add(box.south)} AND ${params.add(box.north)}`);
      if (box.west !== undefined && box.east !== undefined)
        where.push(`c.longitude BETWEEN ${params.add(box.west)} AND ${params.add(box.east)}`);
      where.push(`d.km <= ${params.add(near.withinKm)}`);
    }
  }
  return findListPage<CollectionPointListItem>(db, {
    select: `c.code, c.kind, c.name, c.address, c.commune, c.province_code AS "provinceCode", c.phone,
             c.office_code AS "officeCode", c.latitude, c.longitude,
             ${near ? "round(d.km::numeric, 2)::float8" : "NULL::float8"} AS "distanceKm"`,
    from,
    where,
    params,
    folded: "c.name_folded",
    text: filter.text,
    orderBy: `${near ? "d.km, " : ""}c.name_sort_key, c.code`,
    page: filter.page,
  });
}

/**
 * The latitude/longitude box that holds every point within `km` of the centre. Near a pole (or for a
 * radius that wraps the antimeridian) any longitude can be that close, so none is given.
 */
function boundingBox(latitude: number, longitude: number, km: number) {
  const dLat = km / KM_PER_DEGREE;
  const south = latitude - dLat;
  const north = latitude + dLat;
  const widest = Math.max(Math.abs(south), Math.abs(north));
  if (widest >= 89) return { south, north };
  const dLng = km / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
  if (longitude - dLng < -180 || longitude + dLng > 180) return { south, north };
  return { south, north, west: longitude - dLng, east: longitude + dLng };
}
