import {
  type CitizenProfile,
  findLatestRequestPayment,
  findOfficeName,
  findServiceRequest,
  listRequestEvents,
} from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";
import { type RequestDetail, requestDetail } from "./present-request";
import { requestNotFound } from "./request-errors";

/** One of the citizen's own requests with its timeline and payment; 404 for anyone else's. */
export async function viewOwnRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  citizen: Pick<CitizenProfile, "personId">,
  id: string,
  now = new Date(),
): Promise<RequestDetail> {
  const request = await findServiceRequest(context.db, citizen.personId, id);
  if (!request) throw requestNotFound();
  const [officeName, events, payment] = await Promise.all([
    findOfficeName(context.db, request.officeCode),
    listRequestEvents(context.db, request),
    findLatestRequestPayment(context.db, request),
  ]);
  return requestDetail(
    context,
    { request, officeName: officeName ?? request.officeCode, events, payment },
    now,
  );
}
