import type { RequestActorKind, RequestStatus } from "@ansinh/db";

/**
 * The life of a public-service request: who may move it from which status to which. Staff work a
 * request through the queue; the citizen only submits and answers a request for information; the
 * system (a confirmed payment) completes a paid service straight from submitted.
 */
const transitions: Record<RequestStatus, Partial<Record<RequestStatus, readonly RequestActorKind[]>>> = {
  draft: { submitted: ["citizen"] },
  submitted: { received: ["staff"], completed: ["system"] },
  received: { processing: ["staff"] },
  processing: { completed: ["staff"], rejected: ["staff"], needs_info: ["staff"] },
  needs_info: { received: ["citizen"] },
  completed: {},
  rejected: {},
};

export function isAllowedTransition(
  from: RequestStatus,
  to: RequestStatus,
  actor: RequestActorKind,
): boolean {
  return transitions[from][to]?.includes(actor) ?? false;
}

/** Statuses the agency still has to act on; only these can be overdue. */
export function isOpen(status: RequestStatus): boolean {
  return (
    status === "submitted" || status === "received" || status === "processing" || status === "needs_info"
  );
}
