import type { RequestStatus } from "@ansinh/domain";
import type { SqlRunner } from "../create-db";
import type { paymentStatuses, requestActors } from "../schema/public-services";
import { uuidv7 } from "../uuidv7";

/**
 * Public-service requests ("Dịch vụ công", issue 5): the citizen's own requests, their timeline and
 * notifications, and the office queue staff work from. Citizen queries are keyed by the person; staff
 * queries take the caller's office code, so another office's request is simply not found.
 */
export type { RequestStatus };
export type RequestActorKind = (typeof requestActors)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];

/** The answers as stored: sensitive values (account and ID numbers) are sealed by the use-case. */
export type StoredAnswers = Record<string, string | number | boolean>;

export interface ServiceRequestRow {
  personId: string;
  id: string;
  number: string | null;
  serviceCode: string;
  officeCode: string;
  status: RequestStatus;
  answers: StoredAnswers;
  submissionKey: string;
  submittedAt: Date | null;
  /** ISO date. */
  dueOn: string | null;
  assignedStaffId: string | null;
  infoRequest: string | null;
  outcomeNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const REQUEST_COLUMNS = `r.person_id AS "personId", r.id, r.number, r.service_code AS "serviceCode",
  r.office_code AS "officeCode", r.status, r.answers, r.submission_key AS "submissionKey",
  r.submitted_at AS "submittedAt", to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn",
  r.assigned_staff_id AS "assignedStaffId", r.info_request AS "infoRequest", r.outcome_note AS "outcomeNote",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/** One of the person's requests; `forUpdate` locks the row until the caller's transaction ends. */
export async function findServiceRequest(
  db: SqlRunner,
  personId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.query<ServiceRequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM service_request r WHERE r.person_id = $1 AND r.id = $2
     ${options.forUpdate ? "FOR UPDATE" : ""}`,
    [personId, id],
  );
  return row;
}

/** The request a submission key already made, if any (a retry or a double tap). */
export async function findServiceRequestBySubmissionKey(
  db: SqlRunner,
  personId: string,
  submissionKey: string,
): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.query<ServiceRequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM service_request r WHERE r.person_id = $1 AND r.submission_key = $2`,
    [personId, submissionKey],
  );
  return row;
}

export type NewServiceRequest = Pick<
  ServiceRequestRow,
  "personId" | "serviceCode" | "officeCode" | "answers" | "submissionKey"
> &
  ({ status: "draft" } | { status: "submitted"; number: string; dueOn: string });

/**
 * Inserts a request unless its submission key (or, rarely, its drawn number) is taken: undefined then,
 * and the caller looks the key up to tell a retry from a number to draw again.
 */
export async function insertServiceRequest(
  tx: SqlRunner,
  request: NewServiceRequest,
): Promise<ServiceRequestRow | undefined> {
  const submitted = request.status === "submitted";
  const [row] = await tx.query<ServiceRequestRow>(
    `INSERT INTO service_request AS r (person_id, id, number, service_code, office_code, status, answers,
       submission_key, submitted_at, due_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, CASE WHEN $9::boolean THEN now() END, $10)
     ON CONFLICT DO NOTHING
     RETURNING ${REQUEST_COLUMNS}`,
    [
      request.personId,
      uuidv7(),
      submitted ? request.number : null,
      request.serviceCode,
      request.officeCode,
      request.status,
      JSON.stringify(request.answers),
      request.submissionKey,
      submitted,
      submitted ? request.dueOn : null,
    ],
  );
  return row;
}

/** New answers for a draft; false when the request is no longer a draft. */
export async function updateDraftAnswers(
  tx: SqlRunner,
  key: { personId: string; id: string },
  answers: StoredAnswers,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE service_request SET answers = $3::jsonb, updated_at = now()
     WHERE person_id = $1 AND id = $2 AND status = 'draft' RETURNING id`,
    [key.personId, key.id, JSON.stringify(answers)],
  );
  return rows.length === 1;
}

/** New answers for a submitted request (the citizen's reply to a request for information). */
export async function replaceRequestAnswers(
  tx: SqlRunner,
  key: { personId: string; id: string },
  answers: StoredAnswers,
): Promise<void> {
  await tx.query(
    "UPDATE service_request SET answers = $3::jsonb, updated_at = now() WHERE person_id = $1 AND id = $2",
    [key.personId, key.id, JSON.stringify(answers)],
  );
}

/**
 * Turns a draft into a submitted request with its number and deadline. False when it is no longer a
 * draft or the drawn number is taken (the caller draws again).
 */
export async function submitDraftRequest(
  tx: SqlRunner,
  submission: { personId: string; id: string; answers: StoredAnswers; number: string; dueOn: string },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE service_request SET status = 'submitted', answers = $3::jsonb, number = $4, due_on = $5,
       submitted_at = now(), updated_at = now()
     WHERE person_id = $1 AND id = $2 AND status = 'draft'
       AND NOT EXISTS (SELECT 1 FROM service_request WHERE number = $4)
     RETURNING id`,
    [
      submission.personId,
      submission.id,
      JSON.stringify(submission.answers),
      submission.number,
      submission.dueOn,
    ],
  );
  return rows.length === 1;
}

/**
 * Moves a request from one status to another (the caller holds its row lock and has checked the
 * transition). A request for information sets infoRequest; a decision sets the outcome note.
 */
export async function setServiceRequestStatus(
  tx: SqlRunner,
  change: {
    personId: string;
    id: string;
    from: RequestStatus;
    to: RequestStatus;
    infoRequest?: string | null;
    outcomeNote?: string | null;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE service_request
        SET status = $4,
            info_request = CASE WHEN $5::boolean THEN $6 ELSE info_request END,
            outcome_note = CASE WHEN $7::boolean THEN $8 ELSE outcome_note END,
            updated_at = now()
      WHERE person_id = $1 AND id = $2 AND status = $3
      RETURNING id`,
    [
      change.personId,
      change.id,
      change.from,
      change.to,
      change.infoRequest !== undefined,
      change.infoRequest ?? null,
      change.outcomeNote !== undefined,
      change.outcomeNote ?? null,
    ],
  );
  return rows.length === 1;
}

/** Gives a request to a staff member of its office (null: nobody). */
export async function assignServiceRequest(
  tx: SqlRunner,
  key: { personId: string; id: string },
  staffId: string | null,
): Promise<void> {
  await tx.query(
    "UPDATE service_request SET assigned_staff_id = $3, updated_at = now() WHERE person_id = $1 AND id = $2",
    [key.personId, key.id, staffId],
  );
}

export interface NewRequestEvent {
  personId: string;
  requestId: string;
  actor: RequestActorKind;
  staffId: string | null;
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  note: string | null;
}

export async function insertRequestEvent(tx: SqlRunner, event: NewRequestEvent): Promise<{ id: string }> {
  const id = uuidv7();
  await tx.query(
    `INSERT INTO service_request_event (person_id, id, request_id, actor, staff_id, action, from_status,
       to_status, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      event.personId,
      id,
      event.requestId,
      event.actor,
      event.staffId,
      event.action,
      event.fromStatus,
      event.toStatus,
      event.note,
    ],
  );
  return { id };
}

export interface RequestEvent {
  at: Date;
  actor: RequestActorKind;
  /** Only staff see who acted; the citizen's view leaves it out. */
  staffName: string | null;
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  note: string | null;
}

/** A request's timeline, oldest first. */
export async function listRequestEvents(
  db: SqlRunner,
  key: { personId: string; id: string },
): Promise<RequestEvent[]> {
  return db.query<RequestEvent>(
    `SELECT e.at, e.actor, s.full_name AS "staffName", e.action, e.from_status AS "fromStatus",
            e.to_status AS "toStatus", e.note
       FROM service_request_event e LEFT JOIN staff_user s ON s.id = e.staff_id
      WHERE e.person_id = $1 AND e.request_id = $2
      ORDER BY e.at, e.id`,
    [key.personId, key.id],
  );
}

export interface RequestSummary {
  id: string;
  number: string | null;
  serviceCode: string;
  status: RequestStatus;
  submittedAt: Date | null;
  dueOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The person's requests, drafts included, newest first. */
export async function listPersonServiceRequests(db: SqlRunner, personId: string): Promise<RequestSummary[]> {
  return db.query<RequestSummary>(
    `SELECT r.id, r.number, r.service_code AS "serviceCode", r.status, r.submitted_at AS "submittedAt",
            to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
       FROM service_request r
      WHERE r.person_id = $1
      ORDER BY r.created_at DESC, r.id DESC`,
    [personId],
  );
}

/** What decides which services a person may use, and where their requests go. */
export interface ServiceApplicant {
  provinceCode: string;
  /** The phone registered with the account, else the registry's: request SMS go there. */
  phone: string | null;
  /** The person's relation to the head of their household; null outside any household. */
  relation: string | null;
  inHousehold: boolean;
  /** The other members of the household, with what tells a minor child. */
  relatives: { relation: string | null; birthDate: string | null; birthYear: number }[];
  /** A pension or benefit was paid to the person on or after the date asked about. */
  receivesBenefit: boolean;
}

export async function findServiceApplicant(
  db: SqlRunner,
  personId: string,
  benefitPaidSince: string,
): Promise<ServiceApplicant | undefined> {
  const [row] = await db.query<ServiceApplicant>(
    `SELECT p.province_code AS "provinceCode", coalesce(a.phone, p.phone) AS phone,
            p.relation_to_head AS relation, p.household_id IS NOT NULL AS "inHousehold",
            (SELECT coalesce(json_agg(json_build_object('relation', m.relation_to_head,
                      'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'), 'birthYear', m.birth_year)), '[]'::json)
               FROM person m WHERE m.household_id = p.household_id AND m.id <> p.id) AS relatives,
            EXISTS (SELECT 1 FROM benefit_payment b WHERE b.person_id = p.id AND b.paid_on >= $2::date)
              AS "receivesBenefit"
       FROM person p LEFT JOIN citizen_account a ON a.person_id = p.id
      WHERE p.id = $1`,
    [personId, benefitPaidSince],
  );
  return row;
}

/** An office by code, with its name (null when there is no such office). */
export async function findOfficeName(db: SqlRunner, code: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>("SELECT name FROM office WHERE code = $1", [code]);
  return row?.name ?? null;
}

/** The facility codes among these that exist (answers name a facility by its 5-character code). */
export async function findExistingFacilityCodes(db: SqlRunner, codes: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    "SELECT code FROM medical_facility WHERE code = ANY($1::text[])",
    [codes],
  );
  return rows.map((r) => r.code);
}

export interface PaymentSummary {
  id: string;
  amount: number;
  status: PaymentStatus;
  createdAt: Date;
  settledAt: Date | null;
  failureReason: string | null;
}

/** The latest payment attempt of a request, if any. */
export async function findLatestRequestPayment(
  db: SqlRunner,
  key: { personId: string; id: string },
): Promise<PaymentSummary | undefined> {
  const [row] = await db.query<PaymentSummary>(
    `SELECT id, amount::float8 AS amount, status, created_at AS "createdAt", settled_at AS "settledAt",
            failure_reason AS "failureReason"
       FROM payment WHERE person_id = $1 AND request_id = $2
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [key.personId, key.id],
  );
  return row;
}

export interface NewCitizenNotification {
  personId: string;
  /** What it is about, to link to: a request, a petition, or (both null) nothing. */
  requestId: string | null;
  petitionId?: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
}

export async function insertCitizenNotification(tx: SqlRunner, n: NewCitizenNotification): Promise<void> {
  await tx.query(
    `INSERT INTO citizen_notification (person_id, id, request_id, petition_id, title_vi, title_en, body_vi, body_en)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [n.personId, uuidv7(), n.requestId, n.petitionId ?? null, n.title.vi, n.title.en, n.body.vi, n.body.en],
  );
}

export interface CitizenNotification {
  id: string;
  requestId: string | null;
  petitionId: string | null;
  createdAt: Date;
  readAt: Date | null;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
}

/** The newest notifications (at most `limit`) and how many of all are unread. */
export async function listCitizenNotifications(
  db: SqlRunner,
  personId: string,
  limit: number,
): Promise<{ unread: number; items: CitizenNotification[] }> {
  const items = await db.query<CitizenNotification>(
    `SELECT id, request_id AS "requestId", petition_id AS "petitionId", created_at AS "createdAt",
            read_at AS "readAt",
            json_build_object('vi', title_vi, 'en', title_en) AS title,
            json_build_object('vi', body_vi, 'en', body_en) AS body
       FROM citizen_notification WHERE person_id = $1
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    [personId, limit],
  );
  const [count] = await db.query<{ unread: number }>(
    "SELECT count(*)::int AS unread FROM citizen_notification WHERE person_id = $1 AND read_at IS NULL",
    [personId],
  );
  return { unread: count?.unread ?? 0, items };
}

/** Marks the person's notifications read: these ids (others' ids are ignored), or all when none given. */
export async function markNotificationsRead(
  db: SqlRunner,
  personId: string,
  ids: readonly string[] | undefined,
): Promise<void> {
  await db.query(
    `UPDATE citizen_notification SET read_at = now()
      WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
    [personId, ids ?? null],
  );
}

export interface OfficeQueueFilter {
  officeCode: string;
  status?: RequestStatus | undefined;
  serviceCode?: string | undefined;
  /** "me" needs staffId; "none": unassigned; "any": all. */
  assigned: "me" | "none" | "any";
  staffId: string;
  /** Only requests still open whose deadline is before this date (ISO). */
  overdueBefore?: string | undefined;
  limit: number;
  offset: number;
}

export interface OfficeQueueItem {
  id: string;
  number: string;
  serviceCode: string;
  status: RequestStatus;
  fullName: string;
  submittedAt: Date;
  dueOn: string;
  assignedStaff: { id: string; fullName: string } | null;
}

/** Statuses staff still have to act on (a completed or rejected request is never overdue). */
const OPEN_STATUSES = "('submitted', 'received', 'processing', 'needs_info')";

/**
 * A page of the office's submitted requests (never drafts), the nearest deadline first. The person's
 * full name goes to the use-case, which masks it for the list.
 */
export async function listOfficeServiceRequests(
  db: SqlRunner,
  filter: OfficeQueueFilter,
): Promise<{ items: OfficeQueueItem[]; total: number }> {
  const where = ["r.office_code = $1", "r.status <> 'draft'"];
  const params: unknown[] = [filter.officeCode];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.status) where.push(`r.status = ${add(filter.status)}`);
  if (filter.serviceCode) where.push(`r.service_code = ${add(filter.serviceCode)}`);
  if (filter.assigned === "me") where.push(`r.assigned_staff_id = ${add(filter.staffId)}`);
  if (filter.assigned === "none") where.push("r.assigned_staff_id IS NULL");
  if (filter.overdueBefore) {
    where.push(`r.status IN ${OPEN_STATUSES} AND r.due_on < ${add(filter.overdueBefore)}::date`);
  }
  const whereSql = where.join(" AND ");
  const rows = await db.query<
    Omit<OfficeQueueItem, "assignedStaff"> & { staffId: string | null; staffName: string | null }
  >(
    `SELECT r.id, r.number, r.service_code AS "serviceCode", r.status, p.full_name AS "fullName",
            r.submitted_at AS "submittedAt", to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn",
            s.id AS "staffId", s.full_name AS "staffName"
       FROM service_request r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN staff_user s ON s.id = r.assigned_staff_id
      WHERE ${whereSql}
      ORDER BY r.status IN ${OPEN_STATUSES} DESC, r.due_on ASC, r.submitted_at ASC, r.id ASC
      LIMIT ${add(filter.limit)} OFFSET ${add(filter.offset)}`,
    params,
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM service_request r WHERE ${whereSql}`,
    // The same filter parameters, without the page's LIMIT and OFFSET added last.
    params.slice(0, -2),
  );
  const items = rows.map(({ staffId, staffName, ...item }) => ({
    ...item,
    assignedStaff: staffId && staffName ? { id: staffId, fullName: staffName } : null,
  }));
  return { items, total: count?.total ?? 0 };
}

/** The person behind a request, as staff of its office need them to handle it. */
export interface RequestPerson {
  personId: string;
  bhxhNumber: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: "male" | "female";
  phone: string | null;
  addressLine: string;
  commune: string;
  provinceName: string | null;
  householdCode: string | null;
}

/** A submitted request routed to this office; undefined for another office's request or a draft. */
export async function findOfficeServiceRequest(
  db: SqlRunner,
  id: string,
  officeCode: string,
): Promise<(ServiceRequestRow & { officeName: string }) | undefined> {
  const [row] = await db.query<ServiceRequestRow & { officeName: string }>(
    `SELECT ${REQUEST_COLUMNS}, o.name AS "officeName"
       FROM service_request r JOIN office o ON o.code = r.office_code
      WHERE r.id = $1 AND r.office_code = $2 AND r.status <> 'draft'`,
    [id, officeCode],
  );
  return row;
}

export async function findRequestPerson(db: SqlRunner, personId: string): Promise<RequestPerson | undefined> {
  const [row] = await db.query<RequestPerson>(
    `SELECT p.id AS "personId", p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.birth_year AS "birthYear", p.sex,
            coalesce(a.phone, p.phone) AS phone, p.address_line AS "addressLine", p.commune,
            pr.name AS "provinceName", h.code AS "householdCode"
       FROM person p
       LEFT JOIN citizen_account a ON a.person_id = p.id
       LEFT JOIN province pr ON pr.kind = 'new' AND pr.code = p.province_code
       LEFT JOIN household h ON h.id = p.household_id
      WHERE p.id = $1`,
    [personId],
  );
  return row;
}

/** The person and id of each of these requests routed to this office (others are left out). */
export async function findOfficeRequestKeys(
  db: SqlRunner,
  ids: readonly string[],
  officeCode: string,
): Promise<{ personId: string; id: string }[]> {
  return db.query<{ personId: string; id: string }>(
    `SELECT person_id AS "personId", id FROM service_request
      WHERE id = ANY($1::uuid[]) AND office_code = $2 AND status <> 'draft'`,
    [ids, officeCode],
  );
}
