import {
  type Colleague,
  findLatestRequestPayment,
  findOfficeServiceRequest,
  findRequestPerson,
  listOfficeStaffInRoles,
  listRequestEvents,
  logStaffAccess,
  type RequestPerson,
  type StaffProfile,
} from "@ansinh/db";
import { requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { type RequestDetail, requestDetail } from "./present-request";
import { officeRequestNotFound } from "./request-errors";
import { REQUEST_HANDLERS, REQUEST_READERS } from "./request-roles";
import { type StaffAction, staffActionsFor } from "./staff-actions";

export interface OfficeRequestView extends RequestDetail {
  person: RequestPerson;
  /** What this staff member may do with the request now (the console shows one button each). */
  actions: StaffAction[];
  /** Who handles it now, when someone does. */
  assignedStaff: Colleague | null;
  /** The office's reviewers and admins: whom it may be given to. */
  assignees: Colleague[];
}

/** Why the person's data was read, in words the citizen reads in "Ai đã xem dữ liệu của tôi". */
const accessPurpose = (number: string | null, role: string) =>
  role === "support"
    ? `Hỗ trợ người dân về hồ sơ dịch vụ công ${number ?? ""}`
    : `Giải quyết hồ sơ dịch vụ công ${number ?? ""}`;

/**
 * A request of the caller's office with the person's details needed to handle it. Another office's
 * request gets the same 404 as one that does not exist. Each view goes to the person's access log.
 */
export async function viewOfficeRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  staff: StaffProfile,
  input: { id: string; requestId: string },
  now = new Date(),
): Promise<OfficeRequestView> {
  requireRole(staff, REQUEST_READERS);
  const found = await findOfficeServiceRequest(context.db, input.id, staff.officeCode);
  if (!found) throw officeRequestNotFound();
  const { officeName, ...request } = found;
  const [person, events, payment, assignees] = await Promise.all([
    findRequestPerson(context.db, request.personId),
    listRequestEvents(context.db, request),
    findLatestRequestPayment(context.db, request),
    listOfficeStaffInRoles(context.db, staff.officeCode, REQUEST_HANDLERS),
  ]);
  if (!person) throw officeRequestNotFound();
  await logStaffAccess(context.db, {
    personId: request.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: "service_request",
    why: accessPurpose(request.number, staff.role),
    requestId: input.requestId,
  });
  return {
    ...requestDetail(context, { request, officeName, events, payment }, now),
    person,
    actions: staffActionsFor(staff, request),
    assignedStaff: assignees.find((colleague) => colleague.id === request.assignedStaffId) ?? null,
    assignees,
  };
}
