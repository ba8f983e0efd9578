import {
  assignServiceRequest,
  findOfficeServiceRequest,
  findServiceRequest,
  insertRequestEvent,
  isOfficeStaffInRoles,
  type RequestStatus,
  type StaffProfile,
} from "@ansinh/db";
import { requireRole } from "../../auth/staff-roles";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { changeRequestStatus } from "./change-request-status";
import { runServiceEffect } from "./effects";
import { officeRequestNotFound, requestStateChanged } from "./request-errors";
import { REQUEST_HANDLERS } from "./request-roles";
import { isOpen } from "./request-transitions";
import { actionTarget, isPaidService, type StaffAction } from "./staff-actions";

interface ActedRequest {
  id: string;
  number: string | null;
  status: RequestStatus;
  assignedStaffId: string | null;
}

const paidByPayment = (number: string | null) =>
  new AppError("conflict", {
    vi: `Hồ sơ ${number ?? ""} là dịch vụ có thu phí: hồ sơ được hoàn thành tự động khi người dân thanh toán, cán bộ không chuyển trạng thái.`,
    en: `Request ${number ?? ""} is a paid service: it is completed automatically when the citizen pays; staff do not change its status.`,
  });

const assigneeNotInOffice = () =>
  new AppError("validation", { vi: "Cán bộ được giao không hợp lệ", en: "The assignee is not valid" }, [
    {
      field: "body.assigneeId",
      code: "assignee.not_in_office",
      vi: "Chỉ giao hồ sơ cho cán bộ giải quyết hồ sơ của cơ quan bạn",
      en: "Requests can only be assigned to staff of your office who handle requests",
    },
  ]);

/**
 * An assignee must handle requests (reviewer or admin) at the caller's office; defaults to the
 * caller. 400 otherwise: a support agent could be given a request but not move it.
 */
export async function requireAssignee(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  assigneeId: string | undefined,
): Promise<string> {
  const assignee = assigneeId ?? staff.id;
  if (!(await isOfficeStaffInRoles(context.db, assignee, staff.officeCode, REQUEST_HANDLERS))) {
    throw assigneeNotInOffice();
  }
  return assignee;
}

/**
 * One staff action on a request of the caller's own office (reviewers and admins; 404 for another
 * office's). A status action follows the request's life (409 when its status does not allow it);
 * completing runs the service's effect in the same transaction, so the request is never completed
 * without what it changes. Assigning records who handles it and changes nothing for the citizen.
 */
export async function actOnRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  staff: StaffProfile,
  input: { id: string; action: StaffAction; note?: string | undefined; assigneeId?: string | undefined },
): Promise<ActedRequest> {
  requireRole(staff, REQUEST_HANDLERS);
  const found = await findOfficeServiceRequest(context.db, input.id, staff.officeCode);
  if (!found) throw officeRequestNotFound();
  const key = { personId: found.personId, id: found.id };
  const assignee = input.action === "assign" ? await requireAssignee(context, staff, input.assigneeId) : null;
  if (input.action !== "assign" && isPaidService(found.serviceCode)) throw paidByPayment(found.number);
  return context.db.transaction(async (tx) => {
    if (input.action === "assign") {
      const current = await findServiceRequest(tx, key.personId, key.id, { forUpdate: true });
      if (!current || !isOpen(current.status)) throw requestStateChanged(current ?? found);
      await assignServiceRequest(tx, key, assignee);
      await insertRequestEvent(tx, {
        personId: key.personId,
        requestId: key.id,
        actor: "staff",
        staffId: staff.id,
        action: "assign",
        fromStatus: current.status,
        toStatus: current.status,
        note: input.note ?? null,
      });
    } else {
      const to = actionTarget[input.action];
      await changeRequestStatus(tx, key, {
        to,
        actor: { kind: "staff", staffId: staff.id },
        action: input.action,
        ...(input.note ? { note: input.note } : {}),
      });
      if (to === "completed") {
        const completed = await findServiceRequest(tx, key.personId, key.id);
        if (completed) await runServiceEffect(tx, context, completed);
      }
    }
    const after = await findServiceRequest(tx, key.personId, key.id);
    if (!after) throw officeRequestNotFound();
    return {
      id: after.id,
      number: after.number,
      status: after.status,
      assignedStaffId: after.assignedStaffId,
    };
  });
}
