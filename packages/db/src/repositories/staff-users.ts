import type { StaffRole } from "@ansinh/domain";
import type { SqlRunner } from "../create-db";
import { uuidv7 } from "../uuidv7";
import { findSessionOwner } from "./sessions";

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

/** The staff member signed in with this session token, if the session is live (see findSessionOwner). */
export function findSignedInStaff(
  db: SqlRunner,
  tokenHash: string,
  idleMinutes: number,
): Promise<StaffProfile | undefined> {
  return findSessionOwner<StaffProfile>(
    db,
    { tokenHash, kind: "staff", idleMinutes },
    {
      select: PROFILE,
      from: "JOIN staff_user s ON s.id = live.staff_id JOIN office o ON o.code = s.office_code",
    },
  );
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

/** The office a new staff account is for: its parent says whose grassroots office it is. */
export interface StaffOffice {
  code: string;
  name: string;
  /** The province office of a grassroots office; null for a province office. */
  parentCode: string | null;
}

export async function findStaffOffice(db: SqlRunner, code: string): Promise<StaffOffice | undefined> {
  const [row] = await db.query<StaffOffice>(
    `SELECT code, name, parent_code AS "parentCode" FROM office WHERE code = $1`,
    [code],
  );
  return row;
}

/** Which of a new account's username and e-mail (compared case-insensitively) another account has. */
export async function findTakenStaffNames(
  db: SqlRunner,
  username: string,
  email: string,
): Promise<{ username: boolean; email: boolean }> {
  const [row] = await db.query<{ username: boolean; email: boolean }>(
    `SELECT coalesce(bool_or(username = $1), false) AS username,
            coalesce(bool_or(lower(email) = lower($2)), false) AS email
     FROM staff_user WHERE username = $1 OR lower(email) = lower($2)`,
    [username, email],
  );
  return row ?? { username: false, email: false };
}

/**
 * Serialises the creation of staff accounts until the transaction ends, so that two requests with the
 * same e-mail (which has no unique index) cannot both pass the check. Creations are rare.
 */
export async function lockStaffCreation(tx: SqlRunner): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('staff_user:create'))");
}

/** A staff member as an admin sees them in the list: no hashes, secrets or counters. */
export interface OfficeStaffMember extends Omit<StaffProfile, "id"> {
  createdAt: Date;
  /** Set while too many failed sign-ins keep the account locked. */
  lockedUntil: Date | null;
}

/** An office and its grassroots offices (those whose parent it is), by code: where its admin manages staff. */
export async function listManagedOffices(
  db: SqlRunner,
  officeCode: string,
): Promise<{ code: string; name: string }[]> {
  return db.query<{ code: string; name: string }>(
    "SELECT code, name FROM office WHERE code = $1 OR parent_code = $1 ORDER BY code",
    [officeCode],
  );
}

/** The staff of an office and of its grassroots offices, by office then username. */
export async function listOfficeStaff(db: SqlRunner, officeCode: string): Promise<OfficeStaffMember[]> {
  return db.query<OfficeStaffMember>(
    `SELECT s.username, s.full_name AS "fullName", s.email, s.role, s.office_code AS "officeCode",
            o.name AS "officeName", s.created_at AS "createdAt",
            CASE WHEN s.locked_until > now() THEN s.locked_until END AS "lockedUntil"
     FROM staff_user s JOIN office o ON o.code = s.office_code
     WHERE o.code = $1 OR o.parent_code = $1
     ORDER BY o.code, s.username`,
    [officeCode],
  );
}

/** A staff member as a colleague sees them: whom a piece of work may be given to. */
export interface Colleague {
  id: string;
  fullName: string;
}

/** The staff of exactly this office holding one of the roles, by name. */
export function listOfficeStaffInRoles(
  db: SqlRunner,
  officeCode: string,
  roles: readonly StaffRole[],
): Promise<Colleague[]> {
  return db.query<Colleague>(
    `SELECT id, full_name AS "fullName" FROM staff_user
      WHERE office_code = $1 AND role = ANY($2::text[])
      ORDER BY full_name, id`,
    [officeCode, roles],
  );
}

/** Whether this staff member works at the office in one of the roles. */
export async function isOfficeStaffInRoles(
  db: SqlRunner,
  staffId: string,
  officeCode: string,
  roles: readonly StaffRole[],
): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM staff_user WHERE id = $1 AND office_code = $2 AND role = ANY($3::text[])",
    [staffId, officeCode, roles],
  );
  return rows.length === 1;
}
