import type { SqlRunner } from "../create-db";

/** The phone an account is bound to, as the sign-in compares it. */
export interface BoundDevice {
  id: string;
  thumbprint: string;
}

/** Records a nonce (by its hash) for one device proof within `seconds`; expired ones are swept here. */
export async function insertDeviceNonce(db: SqlRunner, nonceHash: string, seconds: number) {
  await db.query("DELETE FROM device_nonce WHERE expires_at < now()");
  await db.query(
    "INSERT INTO device_nonce (nonce_hash, expires_at) VALUES ($1, now() + make_interval(secs => $2))",
    [nonceHash, seconds],
  );
}

/** Uses up a nonce: true once per live nonce, so a captured proof cannot be replayed. */
export async function consumeDeviceNonce(db: SqlRunner, nonceHash: string): Promise<boolean> {
  const rows = await db.query(
    "DELETE FROM device_nonce WHERE nonce_hash = $1 AND expires_at > now() RETURNING nonce_hash",
    [nonceHash],
  );
  return rows.length === 1;
}

export async function findActiveDevice(db: SqlRunner, personId: string): Promise<BoundDevice | undefined> {
  const [row] = await db.query<BoundDevice>(
    "SELECT id, thumbprint FROM citizen_device WHERE person_id = $1 AND revoked_at IS NULL",
    [personId],
  );
  return row;
}

interface NewDevice {
  id: string;
  personId: string;
  thumbprint: string;
  publicKey: object;
  label: string;
}

// The partial unique index allows one active device per person; losing that race inserts nothing.
const insertActive = async (db: SqlRunner, d: NewDevice): Promise<BoundDevice | undefined> => {
  const [row] = await db.query<BoundDevice>(
    `INSERT INTO citizen_device (id, person_id, thumbprint, public_key, label) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_id) WHERE revoked_at IS NULL DO NOTHING
     RETURNING id, thumbprint`,
    [d.id, d.personId, d.thumbprint, JSON.stringify(d.publicKey), d.label],
  );
  return row;
};

/**
 * Binds the first phone of an account. Undefined when another phone was bound first (two first
 * sign-ins racing): the caller then treats this one as a new device.
 */
export function bindFirstDevice(db: SqlRunner, device: NewDevice): Promise<BoundDevice | undefined> {
  return insertActive(db, device);
}

/**
 * Moves the account to a new phone, revoking the one bound before; the caller ends that phone's
 * sessions in the same transaction. Undefined if a concurrent change bound another phone first.
 */
export async function replaceDevice(
  tx: SqlRunner,
  device: NewDevice,
  reason: string,
): Promise<BoundDevice | undefined> {
  await tx.query(
    `UPDATE citizen_device SET revoked_at = now(), revoked_reason = $2
     WHERE person_id = $1 AND revoked_at IS NULL`,
    [device.personId, reason],
  );
  return insertActive(tx, device);
}
