import type { PetitionCategory, PetitionStatus } from "@ansinh/domain";
import type { SqlRunner } from "../create-db";
import { uuidv7 } from "../uuidv7";

/**
 * "Phản ánh, kiến nghị" (issue 6): a citizen's complaint or suggestion to their office, answered in
 * writing. Citizen queries are keyed by the person; staff queries take the caller's office code, so
 * another office's petition is simply not found.
 */

export interface PetitionRow {
  personId: string;
  id: string;
  number: string;
  officeCode: string;
  officeName: string;
  category: PetitionCategory;
  content: string;
  photoDocumentId: string | null;
  submissionKey: string;
  status: PetitionStatus;
  assignedStaff: { id: string; name: string } | null;
  reply: string | null;
  repliedByName: string | null;
  repliedAt: Date | null;
  createdAt: Date;
}

/** The petition with its office, its assignee and who answered it (both named). */
const PETITION_SELECT = `SELECT p.person_id AS "personId", p.id, p.number, p.office_code AS "officeCode",
    o.name AS "officeName", p.category, p.content, p.photo_document_id AS "photoDocumentId",
    p.submission_key AS "submissionKey", p.status,
    CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.full_name) END
      AS "assignedStaff",
    p.reply, r.full_name AS "repliedByName", p.replied_at AS "repliedAt", p.created_at AS "createdAt"
  FROM petition p
  JOIN office o ON o.code = p.office_code
  LEFT JOIN staff_user a ON a.id = p.assigned_staff_id
  LEFT JOIN staff_user r ON r.id = p.replied_by`;

/** One of the person's petitions. */
export async function findPetition(
  db: SqlRunner,
  personId: string,
  id: string,
): Promise<PetitionRow | undefined> {
  const [row] = await db.query<PetitionRow>(`${PETITION_SELECT} WHERE p.person_id = $1 AND p.id = $2`, [
    personId,
    id,
  ]);
  return row;
}

/** The petition a submission key already filed, if any (a retried "Gửi"). */
export async function findPetitionBySubmissionKey(
  db: SqlRunner,
  personId: string,
  submissionKey: string,
): Promise<PetitionRow | undefined> {
  const [row] = await db.query<PetitionRow>(
    `${PETITION_SELECT} WHERE p.person_id = $1 AND p.submission_key = $2`,
    [personId, submissionKey],
  );
  return row;
}

export interface NewPetition {
  personId: string;
  number: string;
  officeCode: string;
  category: PetitionCategory;
  content: string;
  submissionKey: string;
}

/**
 * Files a petition (status "received", no photo yet) unless its submission key or, rarely, its drawn
 * number is taken: undefined then, and the caller looks the key up to tell a retry from a number to
 * draw again.
 */
export async function insertPetition(
  tx: SqlRunner,
  petition: NewPetition,
): Promise<{ id: string } | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO petition (person_id, id, number, office_code, category, content, submission_key, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'received')
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      petition.personId,
      uuidv7(),
      petition.number,
      petition.officeCode,
      petition.category,
      petition.content,
      petition.submissionKey,
    ],
  );
  return row;
}

/** Links the petition's photo, whose document row the caller wrote in the same transaction. */
export async function attachPetitionPhoto(
  tx: SqlRunner,
  key: { personId: string; id: string },
  documentId: string,
): Promise<void> {
  await tx.query("UPDATE petition SET photo_document_id = $3 WHERE person_id = $1 AND id = $2", [
    key.personId,
    key.id,
    documentId,
  ]);
}

export interface PetitionSummary {
  id: string;
  number: string;
  category: PetitionCategory;
  status: PetitionStatus;
  createdAt: Date;
  repliedAt: Date | null;
}

/** The person's petitions, newest first. */
export async function listPersonPetitions(db: SqlRunner, personId: string): Promise<PetitionSummary[]> {
  return db.query<PetitionSummary>(
    `SELECT id, number, category, status, created_at AS "createdAt", replied_at AS "repliedAt"
       FROM petition WHERE person_id = $1
      ORDER BY created_at DESC, id DESC`,
    [personId],
  );
}

/** The person behind a petition, as the staff answering it need them. */
export interface PetitionPerson {
  name: string;
  bhxhNumber: string;
}

/** A petition of this office with its person; undefined for another office's. */
export async function findOfficePetition(
  db: SqlRunner,
  id: string,
  officeCode: string,
): Promise<(PetitionRow & { person: PetitionPerson }) | undefined> {
  const [row] = await db.query<PetitionRow & { person: PetitionPerson }>(
    `SELECT q.*, json_build_object('name', pe.full_name, 'bhxhNumber', pe.bhxh_number) AS person
       FROM (${PETITION_SELECT} WHERE p.id = $1 AND p.office_code = $2) q
       JOIN person pe ON pe.id = q."personId"`,
    [id, officeCode],
  );
  return row;
}

export interface OfficePetitionItem {
  id: string;
  number: string;
  category: PetitionCategory;
  status: PetitionStatus;
  createdAt: Date;
  /** In full: the use-case masks it for the list. */
  fullName: string;
  content: string;
  assignedStaff: { id: string; name: string } | null;
}

/** A page of the office's petitions: those still open first, the oldest first. */
export async function listOfficePetitions(
  db: SqlRunner,
  filter: { officeCode: string; status?: PetitionStatus | undefined; limit: number; offset: number },
): Promise<{ items: OfficePetitionItem[]; total: number }> {
  const status = filter.status ?? null;
  const items = await db.query<OfficePetitionItem>(
    `SELECT p.id, p.number, p.category, p.status, p.created_at AS "createdAt", pe.full_name AS "fullName",
            p.content,
            CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.full_name) END
              AS "assignedStaff"
       FROM petition p
       JOIN person pe ON pe.id = p.person_id
       LEFT JOIN staff_user a ON a.id = p.assigned_staff_id
      WHERE p.office_code = $1 AND ($2::text IS NULL OR p.status = $2)
      ORDER BY p.status = 'answered', p.created_at, p.id
      LIMIT $3 OFFSET $4`,
    [filter.officeCode, status, filter.limit, filter.offset],
  );
  const [count] = await db.query<{ total: number }>(
    "SELECT count(*)::int AS total FROM petition WHERE office_code = $1 AND ($2::text IS NULL OR status = $2)",
    [filter.officeCode, status],
  );
  return { items, total: count?.total ?? 0 };
}

/**
 * Gives an unanswered petition to a staff member, who is now looking into it ("processing"). False
 * when it has been answered meanwhile.
 */
export async function takePetition(
  tx: SqlRunner,
  key: { personId: string; id: string },
  staffId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE petition SET status = 'processing', assigned_staff_id = $3
      WHERE person_id = $1 AND id = $2 AND status <> 'answered' RETURNING id`,
    [key.personId, key.id, staffId],
  );
  return rows.length === 1;
}

/**
 * Records the written answer; the one who answers becomes the assignee if nobody was. False when the
 * petition was already answered (by this call's twin or a colleague).
 */
export async function answerPetition(
  tx: SqlRunner,
  key: { personId: string; id: string },
  answer: { staffId: string; reply: string },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE petition
        SET status = 'answered', reply = $4, replied_by = $3, replied_at = now(),
            assigned_staff_id = coalesce(assigned_staff_id, $3)
      WHERE person_id = $1 AND id = $2 AND status <> 'answered' RETURNING id`,
    [key.personId, key.id, answer.staffId, answer.reply],
  );
  return rows.length === 1;
}
