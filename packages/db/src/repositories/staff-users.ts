import type { SqlRunner } from "../create-db";
import { uuidv7 } from "../uuidv7";

export type StaffRole = "reviewer" | "support" | "data_officer" | "admin";

export interface StaffProfile {
  id: string;
  username: string;
  fullName: string;
  email: string;
  role: StaffRole;
  officeCode: string;
  officeName: string;
}

interface StaffCredentials {
  id: string;
  passwordHash: string;
  totpSecretCipher: string | null;
  lockedUntil: Date | null;
}

const PROFILE = `s.id, s.username, s.full_name AS "fullName", s.email, s.role, s.office_code AS "officeCode", o.name AS "officeName"`;

/** By username or e-mail (staff sign in with either; e-mail compared case-insensitively). */
export async function findStaffCredentials(
  db: SqlRunner,
  identifier: string,
): Promise<StaffCredentials | undefined> {
  const [row] = await db.query<StaffCredentials>(
    `SELECT id, password_hash AS "passwordHash", totp_secret_cipher AS "totpSecretCipher", locked_until AS "lockedUntil"
     FROM staff_user WHERE username = $1 OR lower(email) = lower($1)
     ORDER BY username = $1 DESC LIMIT 1`,
    [identifier],
  );
  return row;
}

export async function findStaffProfile(db: SqlRunner, id: string): Promise<StaffProfile | undefined> {
  const [row] = await db.query<StaffProfile>(
    `SELECT ${PROFILE} FROM staff_user s JOIN office o ON o.code = s.office_code WHERE s.id = $1`,
    [id],
  );
  return row;
}

/**
 * Clears the failure count and records the TOTP step used — only if that step is newer than the last
 * one accepted, so two requests racing with the same code cannot both succeed. False when replayed.
 */
export async function recordStaffLogin(db: SqlRunner, id: string, totpStep: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE staff_user SET failed_logins = 0, locked_until = NULL, totp_last_step = $2
     WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
     RETURNING id`,
    [id, totpStep],
  );
  return rows.length === 1;
}

export interface NewStaff {
  username: string;
  fullName: string;
  email: string;
  role: StaffRole;
  officeCode: string;
  passwordHash: string;
  totpSecretCipher: string;
}

export async function insertStaff(db: SqlRunner, staff: NewStaff): Promise<string> {
  const id = uuidv7();
  await db.query(
    `INSERT INTO staff_user (id, username, full_name, email, role, office_code, password_hash, totp_secret_cipher)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      staff.username,
      staff.fullName,
      staff.email,
      staff.role,
      staff.officeCode,
      staff.passwordHash,
      staff.totpSecretCipher,
    ],
  );
  return id;
}
