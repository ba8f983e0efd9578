import type { SqlRunner } from "../create-db";
import type { dossierStatuses, rejectReasons } from "../schema/registration";
import { uuidv7 } from "../uuidv7";

/**
 * The staff side of account dossiers: the office queue, the dossier page and the decision. Every
 * query takes the caller's office code, so a dossier of another office is simply not found.
 */
export type DossierStatus = (typeof dossierStatuses)[number];
export type RejectReason = (typeof rejectReasons)[number];

export interface DossierQueueItem {
  id: string;
  number: string;
  kind: "self" | "child";
  status: DossierStatus;
  fullName: string;
  /** The parent who filed a child's dossier; null for one's own. */
  filedBy: { bhxhNumber: string; fullName: string } | null;
  submittedAt: Date;
  decidedAt: Date | null;
  /** Pending: minutes since submission; decided: minutes it waited for the decision. */
  waitingMinutes: number;
}

/**
 * One page of an office's dossiers in one status. Pending ones oldest first (the order to work
 * them in); decided ones most recently decided first.
 */
export async function listOfficeDossiers(
  db: SqlRunner,
  query: { officeCode: string; status: DossierStatus; limit: number; offset: number },
): Promise<{ items: DossierQueueItem[]; total: number }> {
  const order = query.status === "pending" ? "d.submitted_at ASC, d.id ASC" : "d.decided_at DESC, d.id DESC";
  const rows = await db.query<
    Omit<DossierQueueItem, "filedBy"> & { filedByBhxhNumber: string | null; filedByFullName: string | null }
  >(
    `SELECT d.id, d.number, d.kind, d.status, p.full_name AS "fullName", d.submitted_at AS "submittedAt",
            d.decided_at AS "decidedAt",
            floor(extract(epoch FROM coalesce(d.decided_at, now()) - d.submitted_at) / 60)::int AS "waitingMinutes",
            f.bhxh_number AS "filedByBhxhNumber", f.full_name AS "filedByFullName"
     FROM account_dossier d JOIN person p ON p.id = d.person_id
     LEFT JOIN person f ON f.id = d.filed_by_person_id
     WHERE d.office_code = $1 AND d.status = $2
     ORDER BY ${order}
     LIMIT $3 OFFSET $4`,
    [query.officeCode, query.status, query.limit, query.offset],
  );
  const [count] = await db.query<{ total: number }>(
    "SELECT count(*)::int AS total FROM account_dossier WHERE office_code = $1 AND status = $2",
    [query.officeCode, query.status],
  );
  const items = rows.map(({ filedByBhxhNumber, filedByFullName, ...item }) => ({
    ...item,
    filedBy: filedByOf(filedByBhxhNumber, filedByFullName),
  }));
  return { items, total: count?.total ?? 0 };
}

function filedByOf(bhxhNumber: string | null, fullName: string | null) {
  return bhxhNumber && fullName ? { bhxhNumber, fullName } : null;
}

export interface RegistryRecord {
  personId: string;
  bhxhNumber: string;
  fullName: string;
  birthYear: number;
  /** ISO date, or null when the registry holds only the year. */
  birthDate: string | null;
  sex: "male" | "female";
  nationalIdKind: "cccd" | "cmnd" | null;
  nationalIdCipher: Uint8Array | null;
  phone: string | null;
  email: string | null;
  addressLine: string;
  commune: string;
  provinceName: string | null;
  /** The household the registry puts the person in, and their relation to its head. */
  household: { code: string; relationToHead: string | null } | null;
}

/** What the dossier row itself says, before the people it names. */
interface OfficeDossierFields {
  id: string;
  number: string;
  kind: "self" | "child";
  status: DossierStatus;
  officeCode: string;
  officeName: string;
  phone: string;
  email: string | null;
  nationalIdCipher: Uint8Array | null;
  submittedAt: Date;
  decidedAt: Date | null;
}

export interface OfficeDossier extends OfficeDossierFields {
  /** The person the account is for, as the registry knows them. */
  registry: RegistryRecord;
  /**
   * The parent who filed a child's dossier, and whether the registry has them in the child's household
   * now (it was checked when the dossier was filed; a move since shows here).
   */
  filedBy: { bhxhNumber: string; fullName: string; sameHousehold: boolean } | null;
}

/** The flat query row: the registry's contact fields are renamed so they do not clash with the dossier's. */
interface OfficeDossierRow
  extends OfficeDossierFields,
    Omit<RegistryRecord, "nationalIdCipher" | "phone" | "email" | "household"> {
  householdCode: string | null;
  relationToHead: string | null;
  filedBySameHousehold: boolean;
  registryNationalIdCipher: Uint8Array | null;
  registryPhone: string | null;
  registryEmail: string | null;
  filedByBhxhNumber: string | null;
  filedByFullName: string | null;
}

/** The dossier with its person's registry record, if it is routed to this office. */
export async function findOfficeDossier(
  db: SqlRunner,
  id: string,
  officeCode: string,
): Promise<OfficeDossier | undefined> {
  const [r] = await db.query<OfficeDossierRow>(
    `SELECT d.id, d.number, d.kind, d.status, d.office_code AS "officeCode", o.name AS "officeName",
            d.phone, d.email, d.national_id_cipher AS "nationalIdCipher", d.submitted_at AS "submittedAt",
            d.decided_at AS "decidedAt",
            p.id AS "personId", p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
            p.birth_year AS "birthYear", to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.sex,
            p.national_id_kind AS "nationalIdKind", p.national_id_cipher AS "registryNationalIdCipher",
            p.phone AS "registryPhone", p.email AS "registryEmail", p.address_line AS "addressLine",
            p.commune, pr.name AS "provinceName",
            h.code AS "householdCode", p.relation_to_head AS "relationToHead",
            f.bhxh_number AS "filedByBhxhNumber", f.full_name AS "filedByFullName",
            coalesce(f.household_id = p.household_id, false) AS "filedBySameHousehold"
     FROM account_dossier d
     JOIN office o ON o.code = d.office_code
     JOIN person p ON p.id = d.person_id
     LEFT JOIN province pr ON pr.kind = 'new' AND pr.code = p.province_code
     LEFT JOIN household h ON h.id = p.household_id
     LEFT JOIN person f ON f.id = d.filed_by_person_id
     WHERE d.id = $1 AND d.office_code = $2`,
    [id, officeCode],
  );
  if (!r) return undefined;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    officeCode: r.officeCode,
    officeName: r.officeName,
    phone: r.phone,
    email: r.email,
    nationalIdCipher: r.nationalIdCipher,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    registry: {
      personId: r.personId,
      bhxhNumber: r.bhxhNumber,
      fullName: r.fullName,
      birthYear: r.birthYear,
      birthDate: r.birthDate,
      sex: r.sex,
      nationalIdKind: r.nationalIdKind,
      nationalIdCipher: r.registryNationalIdCipher,
      phone: r.registryPhone,
      email: r.registryEmail,
      addressLine: r.addressLine,
      commune: r.commune,
      provinceName: r.provinceName,
      household: r.householdCode ? { code: r.householdCode, relationToHead: r.relationToHead } : null,
    },
    filedBy:
      r.filedByBhxhNumber && r.filedByFullName
        ? {
            bhxhNumber: r.filedByBhxhNumber,
            fullName: r.filedByFullName,
            sameHousehold: r.filedBySameHousehold,
          }
        : null,
  };
}

export interface DossierDocument {
  id: string;
  kind: string;
  mime: string;
}

export async function listDossierDocuments(db: SqlRunner, dossierId: string): Promise<DossierDocument[]> {
  return db.query<DossierDocument>(
    `SELECT doc.id, doc.kind, doc.mime
     FROM dossier_document dd JOIN document doc ON doc.id = dd.document_id
     WHERE dd.dossier_id = $1
     ORDER BY doc.kind, doc.created_at, doc.id`,
    [dossierId],
  );
}

export interface OfficeDossierDocument {
  documentId: string;
  kind: string;
  /** The person the document shows: the store seals the same owner into the file. */
  personId: string;
  dossierNumber: string;
}

/** A document only if it is linked to this dossier and the dossier is routed to this office. */
export async function findOfficeDossierDocument(
  db: SqlRunner,
  query: { dossierId: string; documentId: string; officeCode: string },
): Promise<OfficeDossierDocument | undefined> {
  const [row] = await db.query<OfficeDossierDocument>(
    `SELECT doc.id AS "documentId", doc.kind, doc.person_id AS "personId", d.number AS "dossierNumber"
     FROM account_dossier d
     JOIN dossier_document dd ON dd.dossier_id = d.id
     JOIN document doc ON doc.id = dd.document_id
     WHERE d.id = $1 AND dd.document_id = $2 AND d.office_code = $3`,
    [query.dossierId, query.documentId, query.officeCode],
  );
  return row;
}

export interface DossierHistoryEntry {
  at: Date;
  action: "submitted" | "approved" | "rejected";
  staffName: string | null;
  reason: string | null;
  note: string | null;
}

export async function listDossierEvents(db: SqlRunner, dossierId: string): Promise<DossierHistoryEntry[]> {
  return db.query<DossierHistoryEntry>(
    `SELECT e.at, e.action, s.full_name AS "staffName", e.reason, e.note
     FROM dossier_event e LEFT JOIN staff_user s ON s.id = e.staff_id
     WHERE e.dossier_id = $1
     ORDER BY e.at, e.id`,
    [dossierId],
  );
}

/** The decided dossier, with what its SMS needs. */
export interface DecidedDossier {
  id: string;
  number: string;
  kind: "self" | "child";
  personId: string;
  bhxhNumber: string;
  phone: string;
  decidedAt: Date;
}

/** The child of a child's dossier and the parent who filed it, as the registry says today. */
interface DossierFamily {
  filerRelation: string | null;
  sameHousehold: boolean;
  child: { relation: string | null; birthDate: string | null; birthYear: number };
}

/** For approving a child's dossier: whether the filer is still the child's parent, and the birth. */
export async function findDossierFamily(
  db: SqlRunner,
  dossierId: string,
): Promise<DossierFamily | undefined> {
  const [row] = await db.query<{
    filerRelation: string | null;
    sameHousehold: boolean;
    relation: string | null;
    birthDate: string | null;
    birthYear: number;
  }>(
    `SELECT f.relation_to_head AS "filerRelation",
            coalesce(f.household_id = c.household_id, false) AS "sameHousehold",
            c.relation_to_head AS relation, to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate",
            c.birth_year AS "birthYear"
       FROM account_dossier d
       JOIN person c ON c.id = d.person_id
       JOIN person f ON f.id = d.filed_by_person_id
      WHERE d.id = $1`,
    [dossierId],
  );
  if (!row) return undefined;
  const { filerRelation, sameHousehold, ...child } = row;
  return { filerRelation, sameHousehold, child };
}

export type DossierDecision =
  | { status: "approved" }
  | { status: "rejected"; reason: RejectReason; note: string | null };

/**
 * Moves a pending dossier of this office to its decision and records the event, inside the caller's
 * transaction. The status test is in the UPDATE itself: of two concurrent decisions the second waits
 * for the first's row lock, then finds the dossier no longer pending and gets undefined.
 */
export async function decideDossier(
  tx: SqlRunner,
  input: { id: string; officeCode: string; staffId: string; decision: DossierDecision },
): Promise<DecidedDossier | undefined> {
  const { decision } = input;
  const reason = decision.status === "rejected" ? decision.reason : null;
  const note = decision.status === "rejected" ? decision.note : null;
  const [row] = await tx.query<DecidedDossier>(
    `UPDATE account_dossier d
     SET status = $4, decided_by_staff_id = $3, decided_at = now(), reject_reason = $5, reject_note = $6
     WHERE d.id = $1 AND d.office_code = $2 AND d.status = 'pending'
     RETURNING d.id, d.number, d.kind, d.person_id AS "personId", d.phone, d.decided_at AS "decidedAt",
               (SELECT p.bhxh_number FROM person p WHERE p.id = d.person_id) AS "bhxhNumber"`,
    [input.id, input.officeCode, input.staffId, decision.status, reason, note],
  );
  if (!row) return undefined;
  await tx.query(
    `INSERT INTO dossier_event (id, dossier_id, at, action, staff_id, reason, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [uuidv7(), row.id, row.decidedAt, decision.status, input.staffId, reason, note],
  );
  return row;
}

/**
 * The citizen account an approval creates: a temporary password that must be changed at the first
 * sign-in. False when the person already has an account (nothing is changed then).
 */
export async function insertCitizenAccount(
  tx: SqlRunner,
  account: { personId: string; passwordHash: string; phone: string },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status, phone)
     VALUES ($1, $2, true, 'active', $3)
     ON CONFLICT (person_id) DO NOTHING
     RETURNING person_id`,
    [account.personId, account.passwordHash, account.phone],
  );
  return rows.length === 1;
}

/** Number and status of a dossier of this office: to tell "not yours / no such" from "already decided". */
export async function findOfficeDossierState(
  db: SqlRunner,
  id: string,
  officeCode: string,
): Promise<{ number: string; status: DossierStatus } | undefined> {
  const [row] = await db.query<{ number: string; status: DossierStatus }>(
    "SELECT number, status FROM account_dossier WHERE id = $1 AND office_code = $2",
    [id, officeCode],
  );
  return row;
}
