import { type CitizenProfile, listPersonServiceRequests, type RequestSummary } from "@ansinh/db";
import { type LocalText, vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { serviceNameOf } from "./present-request";
import { isOverdue } from "./request-deadline";

export interface OwnRequestItem extends RequestSummary {
  serviceName: LocalText;
  overdue: boolean;
}

/** "Hồ sơ của tôi": the citizen's requests, drafts included, newest first. */
export async function listOwnRequests(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  now = new Date(),
): Promise<OwnRequestItem[]> {
  const today = vietnamDate(now);
  const rows = await listPersonServiceRequests(context.db, citizen.personId);
  return rows.map((row) => ({
    ...row,
    serviceName: serviceNameOf(row.serviceCode),
    overdue: isOverdue(row, today),
  }));
}
