import { findServiceRequest, type RequestStatus, type SqlRunner, setServiceRequestStatus } from "@ansinh/db";
import { type RequestActor, recordRequestChange } from "./record-request-change";
import { requestNotFound, requestStateChanged } from "./request-errors";
import { isAllowedTransition } from "./request-transitions";

/**
 * Moves a request to another status in the caller's transaction: the row is locked, the transition
 * checked against who asks (409 when the current status does not allow it — also when someone else
 * changed it first), then the status, the event, the notification and the SMS are written. A request
 * for information keeps its note as the question; a decision keeps it as the outcome.
 */
export async function changeRequestStatus(
  tx: SqlRunner,
  request: { personId: string; id: string },
  change: { to: RequestStatus; actor: RequestActor; action: string; note?: string },
): Promise<void> {
  const current = await findServiceRequest(tx, request.personId, request.id, { forUpdate: true });
  if (!current) throw requestNotFound();
  const to = change.to;
  if (to === "draft" || !isAllowedTransition(current.status, to, change.actor.kind)) {
    throw requestStateChanged(current);
  }
  const note = change.note ?? null;
  await setServiceRequestStatus(tx, {
    personId: current.personId,
    id: current.id,
    from: current.status,
    to,
    ...(to === "needs_info" ? { infoRequest: note } : {}),
    ...(to === "completed" || to === "rejected" ? { outcomeNote: note } : {}),
  });
  await recordRequestChange(tx, current, {
    from: current.status,
    to,
    actor: change.actor,
    action: change.action,
    note,
  });
}
