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

/** How many codes went, within the last `minutes`, to this person and to this phone number. */
export async function countOtpSent(
  db: SqlRunner,
  to: { personId: string | null; phone: string },
  minutes: number,
): Promise<{ toPerson: number; toPhone: number }> {
  const [row] = await db.query<{ toPerson: number; toPhone: number }>(
    `SELECT (SELECT count(*)::int FROM otp_delivery
             WHERE person_id = $1 AND sent_at > now() - make_interval(mins => $3)) AS "toPerson",
            (SELECT count(*)::int FROM otp_delivery
             WHERE phone = $2 AND sent_at > now() - make_interval(mins => $3)) AS "toPhone"`,
    [to.personId, to.phone, minutes],
  );
  return row ?? { toPerson: 0, toPhone: 0 };
}

/** A new code replaces the last one: new hash, a fresh clock and fresh tries; the send is logged. */
export async function recordOtpSent(
  tx: SqlRunner,
  s: { challengeId: string; personId: string | null; phone: string; codeHash: string; codeMinutes: number },
) {
  await tx.query(
    `UPDATE otp_challenge SET code_hash = $2, attempts = 0, sent_at = now(),
            code_expires_at = now() + make_interval(mins => $3)
     WHERE id = $1`,
    [s.challengeId, s.codeHash, s.codeMinutes],
  );
  await tx.query("INSERT INTO otp_delivery (challenge_id, person_id, phone) VALUES ($1, $2, $3)", [
    s.challengeId,
    s.personId,
    s.phone,
  ]);
}

/**
 * Counts one try against the current code before it is compared, atomically: concurrent guesses
 * cannot exceed `maxTries`. Returns the tries used, or undefined when none is left (or it is used up).
 */
export async function takeOtpTry(db: SqlRunner, challengeId: string, maxTries: number) {
  const [row] = await db.query<{ attempts: number }>(
    `UPDATE otp_challenge SET attempts = attempts + 1
     WHERE id = $1 AND attempts < $2 AND consumed_at IS NULL
     RETURNING attempts`,
    [challengeId, maxTries],
  );
  return row?.attempts;
}

/** Marks a challenge used; false if another request used it first. */
export async function consumeOtpChallenge(tx: SqlRunner, challengeId: string): Promise<boolean> {
  const rows = await tx.query(
    "UPDATE otp_challenge SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL RETURNING id",
    [challengeId],
  );
  return rows.length === 1;
}
