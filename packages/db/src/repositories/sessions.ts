import type { SqlRunner } from "../create-db";
import { type PersonRead, paramList } from "./records/person-read";

export async function insertSession(
  db: SqlRunner,
  s: {
    tokenHash: string;
    kind: "staff" | "citizen";
    staffId?: string;
    personId?: string;
    /** The bound phone a citizen's session runs on. */
    deviceId?: string | null;
    lifetimeMinutes: number;
  },
) {
  await db.query(
    `INSERT INTO session (token_hash, kind, staff_id, person_id, device_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
    [s.tokenHash, s.kind, s.staffId ?? null, s.personId ?? null, s.deviceId ?? null, s.lifetimeMinutes],
  );
}

/** How often a session's idle clock is written: a page making many requests does not write each time. */
const TOUCH_EVERY_SECONDS = 60;

/** What findSessionOwner reads: the owner's columns over `live` (the session row) joined in `from`. */
interface SessionOwnerColumns {
  select: string;
  from: string;
}

interface SessionLookUp {
  tokenHash: string;
  kind: "staff" | "citizen";
  idleMinutes: number;
}

/**
 * The statement that reads the owner of a live session (neither revoked, expired nor idle for longer
 * than idleMinutes) and moves its idle clock at most once a minute; `$1`–`$3` are the session's.
 */
function sessionOwnerSql(owner: SessionOwnerColumns, extraColumns = ""): string {
  return `WITH live AS (
       SELECT token_hash, staff_id, person_id, last_seen_at FROM session
       WHERE token_hash = $1 AND kind = $2 AND revoked_at IS NULL AND expires_at > now()
         AND last_seen_at > now() - make_interval(mins => $3)
     ), touched AS (
       UPDATE session s SET last_seen_at = now() FROM live
       WHERE s.token_hash = live.token_hash
         AND live.last_seen_at < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})
     )
     SELECT ${owner.select}${extraColumns} FROM live ${owner.from}`;
}

const sessionParams = (session: SessionLookUp) => [session.tokenHash, session.kind, session.idleMinutes];

/**
 * Reads the owner of a live session in the statement that checks it: one round trip per
 * authenticated request, and most of them only read.
 */
export async function findSessionOwner<Row>(
  db: SqlRunner,
  session: SessionLookUp,
  owner: SessionOwnerColumns,
): Promise<Row | undefined> {
  const [row] = await db.query<Row>(sessionOwnerSql(owner), sessionParams(session));
  return row;
}

/**
 * The owner of a live citizen session and a read of their own records, in one statement: the read
 * runs for `live.person_id` and its rows come back as one JSON column. When the session is not live,
 * nothing is read and nothing is returned.
 */
export async function findSessionOwnerReading<Owner, Row, Result>(
  db: SqlRunner,
  session: SessionLookUp,
  owner: SessionOwnerColumns,
  read: PersonRead<Row, Result>,
): Promise<{ owner: Owner; result: Result } | undefined> {
  const { values, param } = paramList(sessionParams(session));
  // PostgreSQL aggregates rows in the order a sorted subquery gives them (its documented way to order an
  // aggregate's input), so the read's ORDER BY holds in the array; the records tests compare both paths.
  const rows = `, (SELECT coalesce(json_agg(r), '[]'::json) FROM (${read.sql("live.person_id", param)}) r) AS "readRows"`;
  const [row] = await db.query<Owner & { readRows: Row[] }>(sessionOwnerSql(owner, rows), values);
  if (!row) return undefined;
  const { readRows, ...ownerColumns } = row;
  return { owner: ownerColumns as Owner, result: read.map(readRows) };
}

export async function revokeSession(db: SqlRunner, tokenHash: string, reason: string) {
  await db.query(
    "UPDATE session SET revoked_at = now(), revoked_reason = $2 WHERE token_hash = $1 AND revoked_at IS NULL",
    [tokenHash, reason],
  );
}

/** Ends every other live session of a person (after a password change, or on a new device). */
export async function revokeOtherSessions(
  db: SqlRunner,
  personId: string,
  keepTokenHash: string,
  reason: string,
) {
  await db.query(
    `UPDATE session SET revoked_at = now(), revoked_reason = $3
     WHERE person_id = $1 AND token_hash <> $2 AND revoked_at IS NULL`,
    [personId, keepTokenHash, reason],
  );
}

/** Ends every live session of a person: a new phone was bound, or the password was reset. */
export async function revokePersonSessions(db: SqlRunner, personId: string, reason: string) {
  await db.query(
    `UPDATE session SET revoked_at = now(), revoked_reason = $2
     WHERE person_id = $1 AND revoked_at IS NULL`,
    [personId, reason],
  );
}

/** Why a token's session was revoked, if it was: lets the app tell the person what happened. */
export async function sessionRevokedReason(db: SqlRunner, tokenHash: string): Promise<string | undefined> {
  const [row] = await db.query<{ reason: string | null }>(
    "SELECT revoked_reason AS reason FROM session WHERE token_hash = $1 AND revoked_at IS NOT NULL",
    [tokenHash],
  );
  return row?.reason ?? undefined;
}
