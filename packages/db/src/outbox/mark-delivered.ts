import type { SqlRunner } from "../create-db";

export async function markDelivered(db: SqlRunner, id: string): Promise<void> {
  await db.query(
    "UPDATE outbox SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE id = $1",
    [id],
  );
}
