/** A side effect waiting in the outbox, as handed to the worker that delivers it. */
export interface OutboxMessage {
  id: string;
  topic: string;
  /** The JSON given to enqueue(); its handler validates it, since older rows may predate a change. */
  payload: unknown;
  /** Deliveries tried so far, this one included (claimDue counts the attempt when it claims). */
  attempts: number;
}

/** The columns of an OutboxMessage, named as its fields. */
export const MESSAGE_COLUMNS = "id, topic, payload, attempts";
