import type { SqlRunner } from "../create-db";

/** One staff read of a person's data (architecture rule 5): who, for which office, what and why. */
export interface StaffAccess {
  personId: string;
  staffId: string;
  officeCode: string;
  /** What was read, e.g. "dossier", "document:id_front". */
  what: string;
  /** Why, in words the citizen understands. */
  why: string;
  requestId: string;
}

export async function logStaffAccess(db: SqlRunner, access: StaffAccess): Promise<void> {
  await db.query(
    `INSERT INTO staff_access_log (person_id, staff_id, office_code, what, why, request_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [access.personId, access.staffId, access.officeCode, access.what, access.why, access.requestId],
  );
}
