import { listOffices as listOfficeRows, type PublicOffice } from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";

const vietnamese = new Intl.Collator("vi");

/**
 * The offices a citizen may choose to receive a dossier, for the office picker: by province, the
 * province office first, then its grassroots offices by name in Vietnamese alphabetical order.
 */
export async function listOffices(
  context: Pick<RouteContext, "db">,
  filter: { provinceCode?: string },
): Promise<PublicOffice[]> {
  const offices = await listOfficeRows(context.db, filter.provinceCode);
  const rank = (o: PublicOffice) => (o.level === "province" ? 0 : 1);
  return offices.sort(
    (a, b) =>
      a.provinceCode.localeCompare(b.provinceCode) || rank(a) - rank(b) || vietnamese.compare(a.name, b.name),
  );
}
