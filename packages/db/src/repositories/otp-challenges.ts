import type { SqlRunner } from "../create-db";

export type OtpPurpose = "device_change" | "password_reset";

export interface OtpChallenge {
  id: string;
  purpose: OtpPurpose;
  personId: string | null;
  phone: string | null;
  codeHash: string | null;
  payload: unknown;
  attempts: number;
  ticketExpiresAt: Date;
  sentAt: Date | null;
  codeExpiresAt: Date | null;
  consumedAt: Date | null;
}

export async function insertOtpChallenge(
  db: SqlRunner,
  c: {
    id: string;
    purpose: OtpPurpose;
    personId: string | null;
    ticketHash: string;
    phone: string | null;
    payload?: object;
    ticketMinutes: number;
  },
) {
  await db.query(
    `INSERT INTO otp_challenge (id, purpose, person_id, ticket_hash, phone, payload, ticket_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(mins => $7))`,
    [
      c.id,
      c.purpose,
      c.personId,
      c.ticketHash,
      c.phone,
      c.payload ? JSON.stringify(c.payload) : null,
      c.ticketMinutes,
    ],
  );
}

export async function findOtpChallenge(db: SqlRunner, ticketHash: string): Promise<OtpChallenge | undefined> {
  const [row] = await db.query<OtpChallenge>(
    `SELECT id, purpose, person_id AS "personId", phone, code_hash AS "codeHash", payload, attempts,
            ticket_expires_at AS "ticketExpiresAt", sent_at AS "sentAt", code_expires_at AS "codeExpiresAt",
            consumed_at AS "consumedAt"
     FROM otp_challenge WHERE ticket_hash = $1`,
    [ticketHash],
  );
  return row;
}

/**
 * The counts behind the hourly limits, within the last `minutes`. Call it inside the transaction that
 * sends: it first takes a lock on the phone number that lasts until that transaction ends, so sends to
 * one phone (from any process) count and record one after the other and cannot overshoot the limits.
 * The lock is its own statement: a count in the same statement would read a snapshot taken before the
 * wait and miss the send that it waited for.
 * - toSender: codes for this person; for a reset that named no account (personId null), the earlier
 *   such attempts with the same `attemptKey` (the number and phone typed).
 * - toPhone: codes really delivered to this phone. Attempts that named no account are left out, so
 *   nobody can use up a stranger's phone by asking resets for made-up numbers.
 */
export async function countOtpSent(
  tx: SqlRunner,
  to: { personId: string | null; attemptKey: string | null; phone: string },
  minutes: number,
): Promise<{ toSender: number; toPhone: number }> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('otp_send:' || $1))", [to.phone]);
  const [row] = await tx.query<{ toSender: number; toPhone: number }>(
    `SELECT count(*) FILTER (WHERE d.person_id = $1
                               OR d.person_id IS NULL AND c.payload->>'attemptKey' = $3)::int AS "toSender",
            count(*) FILTER (WHERE d.phone = $2 AND d.person_id IS NOT NULL)::int AS "toPhone"
     FROM otp_delivery d JOIN otp_challenge c ON c.id = d.challenge_id
     WHERE (d.person_id = $1 OR d.phone = $2) AND d.sent_at > now() - make_interval(mins => $4)`,
    [to.personId, to.phone, to.attemptKey, minutes],
  );
  return row ?? { toSender: 0, toPhone: 0 };
}

/**
 * A new code replaces the last one: new hash, a fresh clock and fresh tries; the send is logged. Only
 * if the last code is at least `resendSeconds` old, checked by the update itself: of two sends of one
 * ticket that race, exactly one records. Returns whether this one did.
 */
export async function recordOtpSent(
  tx: SqlRunner,
  s: {
    challengeId: string;
    personId: string | null;
    phone: string;
    codeHash: string;
    codeMinutes: number;
    resendSeconds: number;
  },
): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE otp_challenge SET code_hash = $2, attempts = 0, sent_at = now(),
            code_expires_at = now() + make_interval(mins => $3)
     WHERE id = $1 AND (sent_at IS NULL OR sent_at <= now() - make_interval(secs => $4))
     RETURNING id`,
    [s.challengeId, s.codeHash, s.codeMinutes, s.resendSeconds],
  );
  if (updated.length === 0) return false;
  await tx.query("INSERT INTO otp_delivery (challenge_id, person_id, phone) VALUES ($1, $2, $3)", [
    s.challengeId,
    s.personId,
    s.phone,
  ]);
  return true;
}

/**
 * Compares a code with the current one and, in the same statement, counts a try if it is wrong:
 * concurrent guesses cannot exceed `maxTries`, and a right code costs nothing, so a caller may still
 * refuse what comes with it (a weak new password) without using the code up. Returns the tries used
 * and whether the code was right, or undefined when no try is left (or the challenge is used up).
 */
export async function takeOtpTry(
  db: SqlRunner,
  t: { challengeId: string; codeHash: string; maxTries: number },
): Promise<{ attempts: number; right: boolean } | undefined> {
  const [row] = await db.query<{ attempts: number; right: boolean }>(
    `UPDATE otp_challenge SET attempts = attempts + (code_hash IS DISTINCT FROM $2)::int
     WHERE id = $1 AND attempts < $3 AND consumed_at IS NULL
     RETURNING attempts, code_hash = $2 AS "right"`,
    [t.challengeId, t.codeHash, t.maxTries],
  );
  return row;
}

/** Marks a challenge used; false if another request used it first. */
export async function consumeOtpChallenge(tx: SqlRunner, challengeId: string): Promise<boolean> {
  const rows = await tx.query(
    "UPDATE otp_challenge SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL RETURNING id",
    [challengeId],
  );
  return rows.length === 1;
}
