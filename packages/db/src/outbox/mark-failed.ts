import type { SqlRunner } from "../create-db";

/** After a failed delivery: try again at retryAt, or give up for good. */
export type FailureOutcome = { retryAt: Date } | { final: true };

/** Records why a delivery failed; the message stays pending until retryAt, or becomes failed. */
export async function markFailed(
  db: SqlRunner,
  id: string,
  error: string,
  outcome: FailureOutcome,
): Promise<void> {
  const retryAt = "retryAt" in outcome ? outcome.retryAt : null;
  await db.query(
    `UPDATE outbox
        SET status = $2, last_error = $3, available_at = coalesce($4, available_at)
      WHERE id = $1`,
    [id, retryAt ? "pending" : "failed", error, retryAt],
  );
}
