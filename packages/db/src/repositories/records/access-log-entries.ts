import type { StaffRole } from "@ansinh/domain";
import type { SqlRunner } from "../../create-db";

/** "Ai đã xem dữ liệu của tôi": one staff read, without the staff member's name. */
export interface AccessLogEntry {
  at: Date;
  officeName: string;
  staffRole: StaffRole;
  /** What was read, as logged (e.g. "records", "dossier", "document:id_front"). */
  what: string;
  why: string;
}

/** The newest `limit` staff reads of the person's data, newest first (the (person_id, at) index). */
export async function listAccessLog(
  db: SqlRunner,
  personId: string,
  limit: number,
): Promise<AccessLogEntry[]> {
  return db.query<AccessLogEntry>(
    `SELECT l.at, coalesce(o.name, l.office_code) AS "officeName", s.role AS "staffRole", l.what, l.why
       FROM staff_access_log l
       JOIN staff_user s ON s.id = l.staff_id
       LEFT JOIN office o ON o.code = l.office_code
      WHERE l.person_id = $1
      ORDER BY l.at DESC, l.id DESC
      LIMIT $2`,
    [personId, limit],
  );
}

/** Several staff reads in one statement (a page of a list names several persons). */
export async function logStaffAccesses(
  db: SqlRunner,
  staff: { staffId: string; officeCode: string; requestId: string },
  reads: readonly { personId: string; what: string; why: string }[],
): Promise<void> {
  await db.query(
    `INSERT INTO staff_access_log (person_id, staff_id, office_code, what, why, request_id)
     SELECT r.person_id, $1, $2, r.what, r.why, $3
       FROM unnest($4::uuid[], $5::text[], $6::text[]) AS r(person_id, what, why)`,
    [
      staff.staffId,
      staff.officeCode,
      staff.requestId,
      reads.map((r) => r.personId),
      reads.map((r) => r.what),
      reads.map((r) => r.why),
    ],
  );
}
