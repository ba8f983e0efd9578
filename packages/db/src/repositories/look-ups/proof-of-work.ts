import type { SqlRunner } from "../../create-db";

/**
 * Records a solved proof-of-work challenge (by its 32-byte SHA-256) as used, until `expiresAt`: true
 * the first time, false for a replay — also when two requests race with the same payload, as the
 * primary key lets one insert win. The same statement sweeps a few rows expired for over ten minutes
 * (the margin covers clock skew between the api processes, which check expiry, and the database);
 * SKIP LOCKED keeps concurrent sweeps from waiting on each other.
 */
export async function spendProofOfWork(db: SqlRunner, hash: Uint8Array, expiresAt: Date): Promise<boolean> {
  const rows = await db.query(
    `WITH swept AS (
       DELETE FROM spent_proof_of_work
        WHERE hash IN (SELECT hash FROM spent_proof_of_work
                        WHERE expires_at < now() - interval '10 minutes'
                        ORDER BY expires_at LIMIT 100 FOR UPDATE SKIP LOCKED)
     )
     INSERT INTO spent_proof_of_work (hash, expires_at) VALUES ($1, $2)
     ON CONFLICT (hash) DO NOTHING RETURNING hash`,
    [hash, expiresAt],
  );
  return rows.length === 1;
}
