import type { SqlRunner } from "../create-db";

/** The account tables that count failed sign-ins, and their key column. */
const ACCOUNTS = {
  staff: { table: "staff_user", key: "id" },
  citizen: { table: "citizen_account", key: "person_id" },
} as const;

export type AccountKind = keyof typeof ACCOUNTS;

/**
 * Counts a failed sign-in in one statement (no read-modify-write race between parallel attempts);
 * the attempt that reaches `lockAfter` locks the account for `lockMinutes` and restarts the count.
 */
export async function recordFailedLogin(
  db: SqlRunner,
  kind: AccountKind,
  id: string,
  lockAfter: number,
  lockMinutes: number,
) {
  const { table, key } = ACCOUNTS[kind];
  const [row] = await db.query<{ lockedUntil: Date | null }>(
    `UPDATE ${table}
     SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
     WHERE ${key} = $1
     RETURNING locked_until AS "lockedUntil"`,
    [id, lockAfter, lockMinutes],
  );
  return row;
}
