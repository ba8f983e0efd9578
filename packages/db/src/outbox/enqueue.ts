import type { SqlRunner } from "../create-db";
import { uuidv7 } from "../uuidv7";

export interface NewOutboxMessage {
  topic: string;
  payload: object;
  /** Same key → same message: a retried request enqueues its side effect only once. */
  dedupeKey?: string;
}

/** NOTIFY'd (at commit) whenever a message is enqueued, so that workers need not wait for their poll. */
export const OUTBOX_CHANNEL = "outbox";

/**
 * Writes a side effect to the outbox inside the caller's transaction, so it is delivered if and only
 * if the change that causes it commits. Returns the new message's id, or null when a message with the
 * same dedupeKey is already there.
 */
export async function enqueue(tx: SqlRunner, message: NewOutboxMessage): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO outbox (id, topic, payload, dedupe_key)
     VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
    [uuidv7(), message.topic, JSON.stringify(message.payload), message.dedupeKey ?? null],
  );
  if (row) await tx.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
  return row?.id ?? null;
}
