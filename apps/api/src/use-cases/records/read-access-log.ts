import { type AccessLogEntry, type CitizenProfile, listAccessLog } from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";

/** The log is shown whole up to this many reads, newest first. */
const ACCESS_LOG_MAX = 500;

export interface AccessLogView {
  asOf: Date;
  items: AccessLogEntry[];
}

/** "Ai đã xem dữ liệu của tôi": which office read the citizen's data, when and why (no staff names). */
export async function readAccessLog(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  now = new Date(),
): Promise<AccessLogView> {
  return { asOf: now, items: await listAccessLog(context.db, citizen.personId, ACCESS_LOG_MAX) };
}
