import {
  type Colleague,
  listOfficeServiceRequests,
  listOfficeStaffInRoles,
  type OfficeQueueItem,
  type RequestStatus,
  type StaffProfile,
} from "@ansinh/db";
import { type LocalText, maskPersonName, vietnamDate } from "@ansinh/domain";
import { requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { serviceNameOf } from "./present-request";
import { isOverdue, workingDaysLeft } from "./request-deadline";
import { REQUEST_HANDLERS, REQUEST_READERS } from "./request-roles";

export const QUEUE_PAGE_SIZE = 20;

export interface OfficeQueueEntry extends Omit<OfficeQueueItem, "fullName"> {
  serviceName: LocalText;
  /** The queue is often on a screen others can see: names are masked until the request is opened. */
  maskedName: string;
  overdue: boolean;
  /** Working days to the deadline; negative when late. */
  workingDaysLeft: number;
}

/**
 * The office's queue: submitted requests of the caller's own office only, the nearest deadline first
 * (closed ones after the open ones). Readers only (reviewer, support, admin).
 */
export async function listOfficeRequests(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  query: {
    status?: RequestStatus | undefined;
    service?: string | undefined;
    assigned: "me" | "none" | "any";
    overdue?: boolean | undefined;
    page: number;
  },
  now = new Date(),
): Promise<{ items: OfficeQueueEntry[]; total: number; assignees: Colleague[] }> {
  requireRole(staff, REQUEST_READERS);
  const today = vietnamDate(now);
  const pageOf = listOfficeServiceRequests(context.db, {
    officeCode: staff.officeCode,
    staffId: staff.id,
    status: query.status,
    serviceCode: query.service,
    assigned: query.assigned,
    overdueBefore: query.overdue ? today : undefined,
    limit: QUEUE_PAGE_SIZE,
    offset: (query.page - 1) * QUEUE_PAGE_SIZE,
  });
  // Whom the page's requests may be given to (the bulk "assign" of the queue).
  const [page, assignees] = await Promise.all([
    pageOf,
    listOfficeStaffInRoles(context.db, staff.officeCode, REQUEST_HANDLERS),
  ]);
  return {
    assignees,
    total: page.total,
    items: page.items.map(({ fullName, ...item }) => ({
      ...item,
      serviceName: serviceNameOf(item.serviceCode),
      maskedName: maskPersonName(fullName),
      overdue: isOverdue(item, today),
      workingDaysLeft: workingDaysLeft(item.dueOn, today),
    })),
  };
}
