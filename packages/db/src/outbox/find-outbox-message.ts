import type { SqlRunner } from "../create-db";
import { MESSAGE_COLUMNS, type OutboxMessage } from "./outbox-message";

export interface OutboxMessageState extends OutboxMessage {
  status: "pending" | "delivered" | "failed";
  dedupeKey: string | null;
  availableAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
}

/** A message with its delivery state, for whoever has to answer "was it sent?". */
export async function findOutboxMessage(db: SqlRunner, id: string): Promise<OutboxMessageState | undefined> {
  const [row] = await db.query<OutboxMessageState>(
    `SELECT ${MESSAGE_COLUMNS}, status, dedupe_key AS "dedupeKey", available_at AS "availableAt",
            last_error AS "lastError", delivered_at AS "deliveredAt"
       FROM outbox WHERE id = $1`,
    [id],
  );
  return row;
}
