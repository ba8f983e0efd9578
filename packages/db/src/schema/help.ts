import {
  conversationStatuses,
  messageAuthors,
  petitionCategoryCodes,
  petitionStatuses,
} from "@ansinh/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUser } from "./accounts";
import { holds, oneOf } from "./checks";
import { office } from "./reference";
import { document } from "./registration";
import { ownedByPerson } from "./registry";

/**
 * "Trợ giúp" (issue 6): chats with the person's office and petitions ("phản ánh, kiến nghị"). Owned by
 * the person and keyed (person_id, id) like the ledger; staff find a row by its id alone.
 */
export const helpConversation = pgTable(
  "help_conversation",
  {
    ...ownedByPerson,
    /** "HT" + yy + 8 digits: the number the citizen quotes when calling about it. */
    number: text("number").notNull().unique(),
    /** The person's office, whose support staff answer. */
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    status: text("status", { enum: conversationStatuses }).notNull(),
    /**
     * Opened while no one of the office was online: a ticket, answered later, and the citizen is told
     * by SMS when the answer comes.
     */
    ticket: boolean("ticket").notNull(),
    assignedStaffId: uuid("assigned_staff_id").references(() => staffUser.id),
    /** Messages the other side wrote that this side has not opened yet. */
    citizenUnread: integer("citizen_unread").notNull().default(0),
    staffUnread: integer("staff_unread").notNull().default(0),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    // One open conversation per person: a second "start" joins it.
    uniqueIndex("help_conversation_open_key").on(t.personId).where(sql`${t.status} = 'open'`),
    // The office's inbox: open conversations, the latest message first.
    index("help_conversation_inbox_idx").on(t.officeCode, t.status, t.lastMessageAt),
    index("help_conversation_id_idx").on(t.id),
    oneOf("help_conversation_status_check", t.status, conversationStatuses),
    holds("help_conversation_closed_check", sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)`),
    holds("help_conversation_unread_check", sql`${t.citizenUnread} >= 0 AND ${t.staffUnread} >= 0`),
  ],
);

export const helpMessage = pgTable(
  "help_message",
  {
    ...ownedByPerson,
    conversationId: uuid("conversation_id").notNull(),
    author: text("author", { enum: messageAuthors }).notNull(),
    staffId: uuid("staff_id").references(() => staffUser.id),
    body: text("body"),
    /** A picture sent with the message, sanitised like the ID photos ("chat_image"). */
    imageDocumentId: uuid("image_document_id").references(() => document.id),
    /** Chosen by the app per message: a message sent twice over a weak network is stored once. */
    clientKey: text("client_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    foreignKey({
      name: "help_message_conversation_fk",
      columns: [t.personId, t.conversationId],
      foreignColumns: [helpConversation.personId, helpConversation.id],
    }),
    uniqueIndex("help_message_client_key").on(t.personId, t.clientKey),
    index("help_message_conversation_idx").on(t.personId, t.conversationId, t.createdAt),
    oneOf("help_message_author_check", t.author, messageAuthors),
    holds("help_message_staff_check", sql`(${t.author} = 'staff') = (${t.staffId} IS NOT NULL)`),
    holds("help_message_content_check", sql`${t.body} IS NOT NULL OR ${t.imageDocumentId} IS NOT NULL`),
  ],
);

/** "Phản ánh, kiến nghị": a complaint or suggestion to the office, answered in writing. */
export const petition = pgTable(
  "petition",
  {
    ...ownedByPerson,
    /** "PA" + yy + 8 digits: the tracking number given at once. */
    number: text("number").notNull().unique(),
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    category: text("category", { enum: petitionCategoryCodes }).notNull(),
    content: text("content").notNull(),
    photoDocumentId: uuid("photo_document_id").references(() => document.id),
    /** Chosen by the app once per form: a retried "Gửi" files one petition. */
    submissionKey: text("submission_key").notNull(),
    status: text("status", { enum: petitionStatuses }).notNull(),
    assignedStaffId: uuid("assigned_staff_id").references(() => staffUser.id),
    reply: text("reply"),
    repliedBy: uuid("replied_by").references(() => staffUser.id),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    uniqueIndex("petition_submission_key").on(t.personId, t.submissionKey),
    index("petition_queue_idx").on(t.officeCode, t.status, t.createdAt),
    index("petition_id_idx").on(t.id),
    index("petition_person_idx").on(t.personId, t.createdAt),
    oneOf("petition_category_check", t.category, petitionCategoryCodes),
    oneOf("petition_status_check", t.status, petitionStatuses),
    holds(
      "petition_answered_check",
      sql`(${t.status} = 'answered') = (${t.reply} IS NOT NULL AND ${t.repliedBy} IS NOT NULL AND ${t.repliedAt} IS NOT NULL)`,
    ),
  ],
);

/**
 * When each staff member's inbox stream last said it was open (from any api process): staff count as
 * online within STAFF_ONLINE_SECONDS of it. Not person data; one row per staff member.
 */
export const staffPresence = pgTable(
  "staff_presence",
  {
    staffId: uuid("staff_id")
      .primaryKey()
      .references(() => staffUser.id),
    officeCode: text("office_code").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("staff_presence_office_idx").on(t.officeCode, t.seenAt)],
);
