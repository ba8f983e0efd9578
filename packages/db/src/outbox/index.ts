export { type ClaimOptions, claimDue } from "./claim-due";
export { enqueue, type NewOutboxMessage, OUTBOX_CHANNEL } from "./enqueue";
export { findOutboxMessage, type OutboxMessageState } from "./find-outbox-message";
export { markDelivered } from "./mark-delivered";
export { type FailureOutcome, markFailed } from "./mark-failed";
export type { OutboxMessage } from "./outbox-message";
