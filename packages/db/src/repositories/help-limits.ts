import type { SqlRunner } from "../create-db";

/**
 * What the per-person limits of "Trợ giúp" count (issue 6): counted in the database, so that every api
 * process sees the same count. Each gives the times of the person's latest writes since `since`,
 * newest first and at most `limit` of them: enough to tell whether a limit is reached and when the
 * oldest that counts leaves its window.
 */

/** The citizen's own chat messages (not the staff's answers), in any of their conversations. */
export async function listRecentCitizenMessageTimes(
  db: SqlRunner,
  personId: string,
  since: Date,
  limit: number,
): Promise<Date[]> {
  const rows = await db.query<{ at: Date }>(
    `SELECT created_at AS at FROM help_message
      WHERE person_id = $1 AND author = 'citizen' AND created_at >= $2
      ORDER BY created_at DESC LIMIT $3`,
    [personId, since, limit],
  );
  return rows.map((r) => r.at);
}

/** The person's petitions. */
export async function listRecentPetitionTimes(
  db: SqlRunner,
  personId: string,
  since: Date,
  limit: number,
): Promise<Date[]> {
  const rows = await db.query<{ at: Date }>(
    `SELECT created_at AS at FROM petition
      WHERE person_id = $1 AND created_at >= $2
      ORDER BY created_at DESC LIMIT $3`,
    [personId, since, limit],
  );
  return rows.map((r) => r.at);
}
