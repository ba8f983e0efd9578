import type { RequestStatus, ServiceRequestRow, StaffProfile } from "@ansinh/db";
import { serviceByCode } from "@ansinh/domain";
import { REQUEST_HANDLERS } from "./request-roles";
import { isAllowedTransition, isOpen } from "./request-transitions";

export const staffActions = ["receive", "start", "complete", "reject", "request_info", "assign"] as const;
export type StaffAction = (typeof staffActions)[number];
type StatusAction = Exclude<StaffAction, "assign">;

/** The status each action moves a request to. */
export const actionTarget: Record<StatusAction, RequestStatus> = {
  receive: "received",
  start: "processing",
  complete: "completed",
  reject: "rejected",
  request_info: "needs_info",
};

/** A paid service is completed by its payment; staff do not move it (they may still assign it). */
export const isPaidService = (serviceCode: string) => !!serviceByCode(serviceCode)?.payment;

/** The actions open to this staff member on the request as it is now. */
export function staffActionsFor(
  staff: Pick<StaffProfile, "role">,
  request: Pick<ServiceRequestRow, "status" | "serviceCode">,
): StaffAction[] {
  if (!REQUEST_HANDLERS.includes(staff.role) || !isOpen(request.status)) return [];
  const moves = isPaidService(request.serviceCode)
    ? []
    : (Object.keys(actionTarget) as StatusAction[]).filter((action) =>
        isAllowedTransition(request.status, actionTarget[action], "staff"),
      );
  return [...moves, "assign"];
}
