import type { ConversationStatus, MessageAuthor, StaffRole } from "@ansinh/domain";
import type { SqlRunner } from "../create-db";

/** "Trợ giúp" chats (issue 6): conversations, their messages, and which staff are online to answer. */

/** The key of a conversation: person first, like every person-owned table. */
export interface ConversationKey {
  personId: string;
  id: string;
}

export interface HelpConversation extends ConversationKey {
  number: string;
  officeCode: string;
  status: ConversationStatus;
  ticket: boolean;
  assignedStaff: { id: string; name: string } | null;
  citizenUnread: number;
  staffUnread: number;
  lastMessageAt: Date;
  createdAt: Date;
  closedAt: Date | null;
}

type ConversationRow = Omit<HelpConversation, "assignedStaff"> & {
  assignedStaffId: string | null;
  assignedStaffName: string | null;
};

const CONVERSATION = `SELECT c.person_id AS "personId", c.id, c.number, c.office_code AS "officeCode", c.status,
         c.ticket, c.citizen_unread AS "citizenUnread", c.staff_unread AS "staffUnread",
         c.last_message_at AS "lastMessageAt", c.created_at AS "createdAt", c.closed_at AS "closedAt",
         s.id AS "assignedStaffId", s.full_name AS "assignedStaffName"
    FROM help_conversation c LEFT JOIN staff_user s ON s.id = c.assigned_staff_id`;

function conversation(row: ConversationRow | undefined): HelpConversation | undefined {
  if (!row) return undefined;
  const { assignedStaffId, assignedStaffName, ...rest } = row;
  return {
    ...rest,
    assignedStaff:
      assignedStaffId && assignedStaffName ? { id: assignedStaffId, name: assignedStaffName } : null,
  };
}

/** The person's open conversation, or else their most recent closed one. */
export async function findCitizenConversation(
  db: SqlRunner,
  personId: string,
): Promise<HelpConversation | undefined> {
  const [row] = await db.query<ConversationRow>(
    `${CONVERSATION} WHERE c.person_id = $1 ORDER BY c.status = 'open' DESC, c.created_at DESC, c.id DESC LIMIT 1`,
    [personId],
  );
  return conversation(row);
}

/** The person's open conversation, locked until the end of the caller's transaction. */
export async function lockOpenConversation(
  tx: SqlRunner,
  personId: string,
): Promise<HelpConversation | undefined> {
  const [row] = await tx.query<ConversationRow>(
    `${CONVERSATION} WHERE c.person_id = $1 AND c.status = 'open' FOR UPDATE OF c`,
    [personId],
  );
  return conversation(row);
}

/** A conversation of this office by id (none for another office's); `lock` holds it for the transaction. */
export async function findOfficeConversation(
  db: SqlRunner,
  id: string,
  officeCode: string,
  options: { lock?: boolean } = {},
): Promise<HelpConversation | undefined> {
  const [row] = await db.query<ConversationRow>(
    `${CONVERSATION} WHERE c.id = $1 AND c.office_code = $2${options.lock ? " FOR UPDATE OF c" : ""}`,
    [id, officeCode],
  );
  return conversation(row);
}

/** The conversation as it is now (after a change in the caller's transaction). */
export async function findConversation(
  db: SqlRunner,
  key: ConversationKey,
): Promise<HelpConversation | undefined> {
  const [row] = await db.query<ConversationRow>(`${CONVERSATION} WHERE c.person_id = $1 AND c.id = $2`, [
    key.personId,
    key.id,
  ]);
  return conversation(row);
}

/**
 * Opens a conversation; false when a unique rule stopped it: the number is taken, or the person already
 * has an open one (the partial unique index) — the caller tells which.
 */
export async function insertConversation(
  tx: SqlRunner,
  row: ConversationKey & { number: string; officeCode: string; ticket: boolean },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO help_conversation (person_id, id, number, office_code, status, ticket)
     VALUES ($1, $2, $3, $4, 'open', $5)
     ON CONFLICT DO NOTHING RETURNING id`,
    [row.personId, row.id, row.number, row.officeCode, row.ticket],
  );
  return inserted.length === 1;
}

export interface HelpMessage {
  id: string;
  author: MessageAuthor;
  staffName: string | null;
  body: string | null;
  hasImage: boolean;
  createdAt: Date;
}

/** The last `limit` messages of a conversation, oldest first. */
export async function listConversationMessages(
  db: SqlRunner,
  key: ConversationKey,
  limit: number,
): Promise<HelpMessage[]> {
  return db.query<HelpMessage>(
    `SELECT * FROM (
       SELECT m.id, m.author, s.full_name AS "staffName", m.body, m.image_document_id IS NOT NULL AS "hasImage",
              m.created_at AS "createdAt"
         FROM help_message m LEFT JOIN staff_user s ON s.id = m.staff_id
        WHERE m.person_id = $1 AND m.conversation_id = $2
        ORDER BY m.created_at DESC, m.id DESC LIMIT $3
     ) last ORDER BY "createdAt", id`,
    [key.personId, key.id, limit],
  );
}

export interface NewHelpMessage {
  id: string;
  personId: string;
  conversationId: string;
  author: MessageAuthor;
  staffId: string | null;
  body: string | null;
  imageDocumentId: string | null;
  clientKey: string;
}

/** Stores a message; false when the person's space already holds one with this client key (a retry). */
export async function insertHelpMessage(tx: SqlRunner, m: NewHelpMessage): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO help_message (person_id, id, conversation_id, author, staff_id, body, image_document_id, client_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (person_id, client_key) DO NOTHING RETURNING id`,
    [m.personId, m.id, m.conversationId, m.author, m.staffId, m.body, m.imageDocumentId, m.clientKey],
  );
  return inserted.length === 1;
}

/** The message an earlier request stored under this client key, if any. */
export async function findHelpMessageByClientKey(
  db: SqlRunner,
  personId: string,
  clientKey: string,
): Promise<
  { id: string; conversationId: string; author: MessageAuthor; staffId: string | null } | undefined
> {
  const [row] = await db.query<{
    id: string;
    conversationId: string;
    author: MessageAuthor;
    staffId: string | null;
  }>(
    `SELECT id, conversation_id AS "conversationId", author, staff_id AS "staffId"
       FROM help_message WHERE person_id = $1 AND client_key = $2`,
    [personId, clientKey],
  );
  return row;
}

/**
 * Counts a new message on its conversation: unread for the other side, the inbox order, and — for a
 * staff message — the sender as the assignee when no one is.
 */
export async function recordHelpMessage(
  tx: SqlRunner,
  key: ConversationKey,
  by: { author: "citizen" } | { author: "staff"; staffId: string },
): Promise<void> {
  if (by.author === "citizen") {
    await tx.query(
      `UPDATE help_conversation SET staff_unread = staff_unread + 1, last_message_at = now()
        WHERE person_id = $1 AND id = $2`,
      [key.personId, key.id],
    );
  } else {
    await tx.query(
      `UPDATE help_conversation SET citizen_unread = citizen_unread + 1, last_message_at = now(),
              assigned_staff_id = coalesce(assigned_staff_id, $3)
        WHERE person_id = $1 AND id = $2`,
      [key.personId, key.id, by.staffId],
    );
  }
}

/** The newest citizen message of a conversation (what a staff answer answers), if any. */
export async function findLastCitizenMessageId(tx: SqlRunner, key: ConversationKey): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `SELECT id FROM help_message WHERE person_id = $1 AND conversation_id = $2 AND author = 'citizen'
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [key.personId, key.id],
  );
  return row?.id ?? null;
}

/** One side has read everything the other wrote; true when there was something unread. */
export async function markConversationRead(
  tx: SqlRunner,
  key: ConversationKey,
  side: MessageAuthor,
): Promise<boolean> {
  const column = side === "citizen" ? "citizen_unread" : "staff_unread";
  const rows = await tx.query(
    `UPDATE help_conversation SET ${column} = 0 WHERE person_id = $1 AND id = $2 AND ${column} > 0 RETURNING id`,
    [key.personId, key.id],
  );
  return rows.length === 1;
}

/** Closes an open conversation; false when it was already closed. */
export async function closeConversation(tx: SqlRunner, key: ConversationKey): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE help_conversation SET status = 'closed', closed_at = now()
      WHERE person_id = $1 AND id = $2 AND status = 'open' RETURNING id`,
    [key.personId, key.id],
  );
  return rows.length === 1;
}

export async function assignConversation(
  tx: SqlRunner,
  key: ConversationKey,
  staffId: string | null,
): Promise<void> {
  await tx.query("UPDATE help_conversation SET assigned_staff_id = $3 WHERE person_id = $1 AND id = $2", [
    key.personId,
    key.id,
    staffId,
  ]);
}

export interface HelpInboxItem {
  id: string;
  number: string;
  status: ConversationStatus;
  ticket: boolean;
  fullName: string;
  lastMessageAt: Date;
  lastBody: string | null;
  lastHasImage: boolean;
  staffUnread: number;
  assignedStaff: { id: string; name: string } | null;
}

export interface HelpInboxFilter {
  officeCode: string;
  status: ConversationStatus;
  assigned: "all" | "me" | "none";
  staffId: string;
  limit: number;
  offset: number;
}

/** The office's conversations of one status, the latest message first, with that message's text. */
export async function listOfficeConversations(
  db: SqlRunner,
  filter: HelpInboxFilter,
): Promise<{ items: HelpInboxItem[]; total: number }> {
  const where = ["c.office_code = $1", "c.status = $2"];
  const params: unknown[] = [filter.officeCode, filter.status];
  if (filter.assigned === "me") {
    params.push(filter.staffId);
    where.push(`c.assigned_staff_id = $${params.length}`);
  }
  if (filter.assigned === "none") where.push("c.assigned_staff_id IS NULL");
  const whereSql = where.join(" AND ");
  const rows = await db.query<
    Omit<HelpInboxItem, "assignedStaff"> & { staffId: string | null; staffName: string | null }
  >(
    `SELECT c.id, c.number, c.status, c.ticket, p.full_name AS "fullName", c.last_message_at AS "lastMessageAt",
            last.body AS "lastBody", coalesce(last.has_image, false) AS "lastHasImage",
            c.staff_unread AS "staffUnread", s.id AS "staffId", s.full_name AS "staffName"
       FROM help_conversation c
       JOIN person p ON p.id = c.person_id
       LEFT JOIN staff_user s ON s.id = c.assigned_staff_id
       LEFT JOIN LATERAL (
         SELECT m.body, m.image_document_id IS NOT NULL AS has_image FROM help_message m
          WHERE m.person_id = c.person_id AND m.conversation_id = c.id
          ORDER BY m.created_at DESC, m.id DESC LIMIT 1
       ) last ON true
      WHERE ${whereSql}
      ORDER BY c.last_message_at DESC, c.id DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM help_conversation c WHERE ${whereSql}`,
    params,
  );
  const items = rows.map(({ staffId, staffName, ...item }) => ({
    ...item,
    assignedStaff: staffId && staffName ? { id: staffId, name: staffName } : null,
  }));
  return { items, total: count?.total ?? 0 };
}

/** The stored picture of a message, found as its owner may find it: by person. */
export async function findOwnMessageImage(
  db: SqlRunner,
  personId: string,
  messageId: string,
): Promise<{ personId: string; documentId: string } | undefined> {
  const [row] = await db.query<{ personId: string; documentId: string }>(
    `SELECT person_id AS "personId", image_document_id AS "documentId" FROM help_message
      WHERE person_id = $1 AND id = $2 AND image_document_id IS NOT NULL`,
    [personId, messageId],
  );
  return row;
}

/** The stored picture of a message of this conversation, when the conversation is this office's. */
export async function findOfficeMessageImage(
  db: SqlRunner,
  input: { conversationId: string; messageId: string; officeCode: string },
): Promise<{ personId: string; documentId: string; number: string } | undefined> {
  const [row] = await db.query<{ personId: string; documentId: string; number: string }>(
    `SELECT m.person_id AS "personId", m.image_document_id AS "documentId", c.number
       FROM help_message m
       JOIN help_conversation c ON c.person_id = m.person_id AND c.id = m.conversation_id
      WHERE m.id = $1 AND m.conversation_id = $2 AND c.office_code = $3 AND m.image_document_id IS NOT NULL`,
    [input.messageId, input.conversationId, input.officeCode],
  );
  return row;
}

/** The person as the help desk sees them; their office is the province's (provinceOfficeCode). */
export interface HelpDeskPerson {
  personId: string;
  fullName: string;
  bhxhNumber: string;
  /** The account's phone, else the registry's: where an SMS goes. */
  phone: string | null;
  provinceCode: string;
}

export async function findHelpDeskPerson(
  db: SqlRunner,
  personId: string,
): Promise<HelpDeskPerson | undefined> {
  const [row] = await db.query<HelpDeskPerson>(
    `SELECT p.id AS "personId", p.full_name AS "fullName", p.bhxh_number AS "bhxhNumber",
            coalesce(a.phone, p.phone) AS phone, p.province_code AS "provinceCode"
       FROM person p LEFT JOIN citizen_account a ON a.person_id = p.id
      WHERE p.id = $1`,
    [personId],
  );
  return row;
}

/** Marks a staff member online (their inbox stream is open) as of `at`. */
export async function markStaffSeen(
  db: SqlRunner,
  staff: { id: string; officeCode: string },
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO staff_presence (staff_id, office_code, seen_at) VALUES ($1, $2, $3)
     ON CONFLICT (staff_id) DO UPDATE SET office_code = excluded.office_code, seen_at = excluded.seen_at`,
    [staff.id, staff.officeCode, at],
  );
}

/** Whether anyone of the office with one of the roles has been seen since `since`. */
export async function isOfficeStaffOnline(
  db: SqlRunner,
  officeCode: string,
  roles: readonly StaffRole[],
  since: Date,
): Promise<boolean> {
  const [row] = await db.query<{ online: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM staff_presence sp JOIN staff_user s ON s.id = sp.staff_id
        WHERE sp.office_code = $1 AND s.office_code = $1 AND s.role = ANY($2::text[]) AND sp.seen_at >= $3
     ) AS online`,
    [officeCode, roles, since],
  );
  return row?.online ?? false;
}

export interface HelpAgent {
  id: string;
  name: string;
  role: StaffRole;
  online: boolean;
}

/** The office's staff with one of the roles, by name, each with whether they were seen since `since`. */
export async function listHelpAgents(
  db: SqlRunner,
  officeCode: string,
  roles: readonly StaffRole[],
  since: Date,
): Promise<HelpAgent[]> {
  return db.query<HelpAgent>(
    `SELECT s.id, s.full_name AS name, s.role, coalesce(sp.seen_at >= $3, false) AS online
       FROM staff_user s LEFT JOIN staff_presence sp ON sp.staff_id = s.id
      WHERE s.office_code = $1 AND s.role = ANY($2::text[])
      ORDER BY s.full_name, s.id`,
    [officeCode, roles, since],
  );
}

/** The channel the api processes listen on for chat changes. */
export const HELP_CHAT_CHANNEL = "help_chat";

/** Announces a change to the listening processes when the caller's transaction commits. */
export async function notifyHelpChat(tx: SqlRunner, payload: string): Promise<void> {
  await tx.query("SELECT pg_notify($1, $2)", [HELP_CHAT_CHANNEL, payload]);
}
