import type { SqlRunner } from "../create-db";
import { MESSAGE_COLUMNS, type OutboxMessage } from "./outbox-message";

export interface ClaimOptions {
  /** Most messages to claim at once. */
  limit: number;
  /** Lease in milliseconds: a claimed message that is neither delivered nor failed by then is due again. */
  lockFor: number;
}

/**
 * Claims up to `limit` due messages in one statement. SKIP LOCKED lets any number of workers claim at
 * the same time without waiting for or sharing rows; moving available_at forward by the lease (instead
 * of holding a lock during delivery) means a crashed worker's messages come back by themselves.
 */
export function claimDue(db: SqlRunner, { limit, lockFor }: ClaimOptions): Promise<OutboxMessage[]> {
  return db.query<OutboxMessage>(
    `UPDATE outbox
        SET attempts = attempts + 1,
            available_at = now() + $2::double precision * interval '1 millisecond'
      WHERE id IN (
        SELECT id FROM outbox
         WHERE status = 'pending' AND available_at <= now()
         ORDER BY available_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
      RETURNING ${MESSAGE_COLUMNS}`,
    [limit, lockFor],
  );
}
