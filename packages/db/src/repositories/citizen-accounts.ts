import type { SqlRunner } from "../create-db";
import type { PersonRead } from "./records/person-read";
import { findSessionOwner, findSessionOwnerReading } from "./sessions";

interface CitizenCredentials {
  personId: string;
  bhxhNumber: string;
  passwordHash: string;
  status: "active" | "locked" | "closed";
  lockedUntil: Date | null;
  /** The registered phone: where OTP codes and security notices go. */
  phone: string | null;
}

export interface CitizenProfile {
  personId: string;
  bhxhNumber: string;
  fullName: string;
  mustChangePassword: boolean;
}

/**
 * A citizen signs in with the BHXH number or the ID number; the ID number is matched through its blind
 * index (the caller computes it), never decrypted.
 */
export async function findCitizenCredentials(
  db: SqlRunner,
  by: { bhxhNumber: string } | { nationalIdIndex: string },
): Promise<CitizenCredentials | undefined> {
  const [column, value] =
    "bhxhNumber" in by ? ["bhxh_number", by.bhxhNumber] : ["national_id_index", by.nationalIdIndex];
  const [row] = await db.query<CitizenCredentials>(
    `SELECT a.person_id AS "personId", p.bhxh_number AS "bhxhNumber", a.password_hash AS "passwordHash",
            a.status, a.locked_until AS "lockedUntil", a.phone
     FROM person p JOIN citizen_account a ON a.person_id = p.id
     WHERE p.${column} = $1`,
    [value],
  );
  return row;
}

const PROFILE = `p.id AS "personId", p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
  a.must_change_password AS "mustChangePassword"`;

export async function findCitizenProfile(
  db: SqlRunner,
  personId: string,
): Promise<CitizenProfile | undefined> {
  const [row] = await db.query<CitizenProfile>(
    `SELECT ${PROFILE} FROM person p JOIN citizen_account a ON a.person_id = p.id WHERE p.id = $1`,
    [personId],
  );
  return row;
}

const SIGNED_IN_CITIZEN = {
  select: PROFILE,
  from: "JOIN person p ON p.id = live.person_id JOIN citizen_account a ON a.person_id = p.id",
};

/** The citizen signed in with this session token, if the session is live (see findSessionOwner). */
export function findSignedInCitizen(
  db: SqlRunner,
  tokenHash: string,
  idleMinutes: number,
): Promise<CitizenProfile | undefined> {
  return findSessionOwner<CitizenProfile>(db, { tokenHash, kind: "citizen", idleMinutes }, SIGNED_IN_CITIZEN);
}

/** Who reads their own records: the person, and whether the temporary password still stands. */
type CitizenReader = Pick<CitizenProfile, "personId" | "mustChangePassword">;

/**
 * The account alone, without the registry row: the read itself selects what it shows of the person,
 * and this statement runs on every records request.
 */
const SIGNED_IN_READER = {
  select: `live.person_id AS "personId", a.must_change_password AS "mustChangePassword"`,
  from: "JOIN citizen_account a ON a.person_id = live.person_id",
};

/**
 * The citizen signed in with this session token and a read of their own records, in one statement
 * (see findSessionOwnerReading): undefined when the session is not live.
 */
export function findSignedInCitizenReading<Row, Result>(
  db: SqlRunner,
  tokenHash: string,
  idleMinutes: number,
  read: PersonRead<Row, Result>,
) {
  return findSessionOwnerReading<CitizenReader, Row, Result>(
    db,
    { tokenHash, kind: "citizen", idleMinutes },
    SIGNED_IN_READER,
    read,
  );
}

export async function recordCitizenLogin(db: SqlRunner, personId: string) {
  await db.query("UPDATE citizen_account SET failed_logins = 0, locked_until = NULL WHERE person_id = $1", [
    personId,
  ]);
}

/** Sets a new password and ends the temporary-password state; the caller revokes other sessions. */
export async function setCitizenPassword(db: SqlRunner, personId: string, passwordHash: string) {
  await db.query(
    "UPDATE citizen_account SET password_hash = $2, must_change_password = false WHERE person_id = $1",
    [personId, passwordHash],
  );
}

export async function citizenPasswordHash(db: SqlRunner, personId: string): Promise<string | undefined> {
  const [row] = await db.query<{ hash: string }>(
    "SELECT password_hash AS hash FROM citizen_account WHERE person_id = $1",
    [personId],
  );
  return row?.hash;
}

/**
 * A password set through "Quên mật khẩu": it is the person's own, and the wrong-password lock is
 * lifted. Only an active account takes it (false otherwise): staff may have locked or closed it while
 * the code was on its way.
 */
export async function resetCitizenPassword(
  db: SqlRunner,
  personId: string,
  passwordHash: string,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE citizen_account SET password_hash = $2, must_change_password = false, failed_logins = 0,
            locked_until = NULL
     WHERE person_id = $1 AND status = 'active'
     RETURNING person_id`,
    [personId, passwordHash],
  );
  return rows.length > 0;
}
