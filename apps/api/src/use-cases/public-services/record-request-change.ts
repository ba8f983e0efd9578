import {
  findRequestPerson,
  insertCitizenNotification,
  insertRequestEvent,
  type RequestStatus,
  type ServiceRequestRow,
  type SqlRunner,
} from "@ansinh/db";
import { serviceByCode } from "@ansinh/domain";
import { enqueueSms } from "../../sms/enqueue-sms";
import { requestMessage } from "./request-messages";

/** Who moved a request: the citizen, a staff member, or the system (a confirmed payment). */
export type RequestActor = { kind: "citizen" } | { kind: "staff"; staffId: string } | { kind: "system" };

/**
 * Writes what a status change leaves behind, in the caller's transaction: the event on the timeline,
 * the citizen's notification and the SMS to the account's phone. One place, so no change of status
 * can forget to tell the citizen.
 */
export async function recordRequestChange(
  tx: SqlRunner,
  request: Pick<ServiceRequestRow, "personId" | "id" | "number" | "serviceCode" | "dueOn">,
  change: {
    from: RequestStatus | null;
    to: Exclude<RequestStatus, "draft">;
    actor: RequestActor;
    action: string;
    note: string | null;
  },
): Promise<void> {
  const event = await insertRequestEvent(tx, {
    personId: request.personId,
    requestId: request.id,
    actor: change.actor.kind,
    staffId: change.actor.kind === "staff" ? change.actor.staffId : null,
    action: change.action,
    fromStatus: change.from,
    toStatus: change.to,
    note: change.note,
  });
  const service = serviceByCode(request.serviceCode);
  if (!request.number || !service) {
    throw new Error(`Request ${request.id} has no number or an unknown service ${request.serviceCode}`);
  }
  const message = requestMessage({
    status: change.to,
    number: request.number,
    serviceName: service.name,
    dueOn: request.dueOn,
    note: change.note,
  });
  await insertCitizenNotification(tx, {
    personId: request.personId,
    requestId: request.id,
    title: message.title,
    body: message.body,
  });
  const person = await findRequestPerson(tx, request.personId);
  if (person?.phone) {
    await enqueueSms(tx, { to: person.phone, text: message.sms, dedupeKey: `service-request:${event.id}` });
  }
}
