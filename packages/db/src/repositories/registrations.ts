import type { SqlRunner } from "../create-db";

/**
 * Queries of the account registration ("đăng ký tài khoản"): matching a submission against the
 * registry, and writing the dossier that staff of the chosen office will review.
 */

/** What registration may compare against the registry; none of it is ever sent to the client. */
export interface Registrant {
  personId: string;
  nameFolded: string;
  nationalIdIndex: string | null;
  /** The person has a citizen account that is not closed (active, or locked for a while). */
  hasAccount: boolean;
  /** Số hồ sơ of the person's dossier waiting for review, if any. */
  pendingDossierNumber: string | null;
}

/** The registry record behind a BHXH number, with its account and pending dossier, in one query. */
export async function findRegistrant(db: SqlRunner, bhxhNumber: string): Promise<Registrant | undefined> {
  const [row] = await db.query<Registrant>(
    `SELECT p.id AS "personId", p.name_folded AS "nameFolded", p.national_id_index AS "nationalIdIndex",
            (a.person_id IS NOT NULL) AS "hasAccount", d.number AS "pendingDossierNumber"
       FROM person p
       LEFT JOIN citizen_account a ON a.person_id = p.id AND a.status <> 'closed'
       LEFT JOIN account_dossier d ON d.person_id = p.id AND d.status = 'pending'
      WHERE p.bhxh_number = $1`,
    [bhxhNumber],
  );
  return row;
}

/** A child of the filer's household, as a child's registration may compare it; never sent to the client. */
export interface HouseholdChild {
  personId: string;
  nameFolded: string;
  /** Relation to the head of the household, as the registry records it. */
  relation: string | null;
  /** ISO date, or null when the registry holds only the year. */
  birthDate: string | null;
  birthYear: number;
  hasAccount: boolean;
  pendingDossierNumber: string | null;
}

/**
 * For "Đăng ký tài khoản cho con": the phone registered with the filer's account, and the person with
 * this BHXH number only if they live in the filer's household (the same household, not null) and are
 * not the filer — a number of another household finds nothing, exactly like an unknown one.
 */
export async function findHouseholdChild(
  db: SqlRunner,
  query: { filerPersonId: string; bhxhNumber: string },
): Promise<{ filerPhone: string | null; filerRelation: string | null; child: HouseholdChild | null }> {
  const [row] = await db.query<
    Partial<HouseholdChild> & { filerPhone: string | null; filerRelation: string | null }
  >(
    `SELECT a.phone AS "filerPhone", f.relation_to_head AS "filerRelation", c.id AS "personId",
            c.name_folded AS "nameFolded", c.relation_to_head AS "relation",
            to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.birth_year AS "birthYear",
            (ca.person_id IS NOT NULL) AS "hasAccount", d.number AS "pendingDossierNumber"
       FROM person f
       JOIN citizen_account a ON a.person_id = f.id
       LEFT JOIN person c ON c.household_id = f.household_id AND c.bhxh_number = $2 AND c.id <> f.id
       LEFT JOIN citizen_account ca ON ca.person_id = c.id AND ca.status <> 'closed'
       LEFT JOIN account_dossier d ON d.person_id = c.id AND d.status = 'pending'
      WHERE f.id = $1`,
    [query.filerPersonId, query.bhxhNumber],
  );
  if (!row) return { filerPhone: null, filerRelation: null, child: null };
  const { filerPhone, filerRelation, personId, nameFolded, relation, birthDate, birthYear, hasAccount } = row;
  return {
    filerPhone,
    filerRelation,
    child:
      personId && nameFolded && birthYear !== undefined
        ? {
            personId,
            nameFolded,
            relation: relation ?? null,
            birthDate: birthDate ?? null,
            birthYear,
            hasAccount: hasAccount ?? false,
            pendingDossierNumber: row.pendingDossierNumber ?? null,
          }
        : null,
  };
}

/** A dossier as the citizen who filed it may see it: its number, status and receiving office. */
export interface FiledDossier {
  id: string;
  number: string;
  status: "pending" | "approved" | "rejected";
  /** The BHXH number of the person the account is for. */
  bhxhNumber: string;
  /** The parent who filed a child's dossier; null for one's own. */
  filedByPersonId: string | null;
  officeCode: string;
  officeName: string;
}

const FILED = `d.id, d.number, d.status, p.bhxh_number AS "bhxhNumber", d.filed_by_person_id AS "filedByPersonId", d.office_code AS "officeCode", o.name AS "officeName"
  FROM account_dossier d JOIN person p ON p.id = d.person_id JOIN office o ON o.code = d.office_code`;

/** The dossier a submission made, if it was already received (a retry or a double tap). */
export async function findDossierBySubmission(
  db: SqlRunner,
  submissionId: string,
): Promise<FiledDossier | undefined> {
  const [row] = await db.query<FiledDossier>(`SELECT ${FILED} WHERE d.submission_id = $1`, [submissionId]);
  return row;
}

/** Số hồ sơ of the person's dossier waiting for review, if any (at most one: a unique index). */
export async function findPendingDossierNumber(db: SqlRunner, personId: string): Promise<string | undefined> {
  const [row] = await db.query<{ number: string }>(
    "SELECT number FROM account_dossier WHERE person_id = $1 AND status = 'pending'",
    [personId],
  );
  return row?.number;
}

export interface NewAccountDossier {
  id: string;
  number: string;
  kind: "self" | "child";
  personId: string;
  filedByPersonId?: string;
  officeCode: string;
  phone: string;
  email: string | null;
  nationalIdCipher: Uint8Array | null;
  submissionId: string;
}

/**
 * Inserts a pending dossier unless it would break a unique rule — the same submission id, the same
 * number, or a second pending dossier of the person. Returns false then, without aborting the caller's
 * transaction, so the caller can find out which and answer (or retry with another number).
 */
export async function insertAccountDossier(tx: SqlRunner, dossier: NewAccountDossier): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO account_dossier
       (id, number, kind, person_id, filed_by_person_id, office_code, phone, email, national_id_cipher, submission_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      dossier.id,
      dossier.number,
      dossier.kind,
      dossier.personId,
      dossier.filedByPersonId ?? null,
      dossier.officeCode,
      dossier.phone,
      dossier.email,
      dossier.nationalIdCipher,
      dossier.submissionId,
    ],
  );
  return rows.length === 1;
}

export async function attachDossierDocument(tx: SqlRunner, dossierId: string, documentId: string) {
  await tx.query("INSERT INTO dossier_document (dossier_id, document_id) VALUES ($1, $2)", [
    dossierId,
    documentId,
  ]);
}

interface NewDossierEvent {
  id: string;
  dossierId: string;
  action: "submitted" | "approved" | "rejected";
  staffId?: string;
  reason?: string;
  note?: string;
}

export async function insertDossierEvent(tx: SqlRunner, event: NewDossierEvent) {
  await tx.query(
    `INSERT INTO dossier_event (id, dossier_id, action, staff_id, reason, note) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      event.id,
      event.dossierId,
      event.action,
      event.staffId ?? null,
      event.reason ?? null,
      event.note ?? null,
    ],
  );
}
