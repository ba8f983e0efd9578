import { sql } from "drizzle-orm";
import {
  bigint,
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
import { oneOf } from "./checks";
import { bytea } from "./columns";
import { office } from "./reference";
import { person } from "./registry";

export const documentKinds = [
  "id_front",
  "id_back",
  "birth_certificate",
  "child_portrait",
  "chat_image",
  "petition_photo",
] as const;

/**
 * An uploaded file, sanitised and stored encrypted by the document store (packages/db/src/documents);
 * this row is what the database knows of it. Owned by the person it shows.
 */
export const document = pgTable(
  "document",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    kind: text("kind", { enum: documentKinds }).notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_person_idx").on(t.personId), oneOf("document_kind_check", t.kind, documentKinds)],
);

export const dossierStatuses = ["pending", "approved", "rejected"] as const;
export const rejectReasons = ["blurry_photo", "data_mismatch", "wrong_office", "other"] as const;

/**
 * A request for an account ("tờ khai đăng ký tài khoản"): for oneself, or by a parent for a child.
 * Routed to one office; only that office's staff see and decide it.
 */
export const accountDossier = pgTable(
  "account_dossier",
  {
    id: uuid("id").primaryKey(),
    /** Số hồ sơ shown to the citizen and sent by SMS. */
    number: text("number").notNull().unique(),
    kind: text("kind", { enum: ["self", "child"] }).notNull(),
    /** The person the account is for (the child, for a child's account). */
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    /** The parent who filed a child's dossier. */
    filedByPersonId: uuid("filed_by_person_id").references(() => person.id),
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    /** Phone and e-mail as submitted: the account's SMS go to this phone. */
    phone: text("phone").notNull(),
    email: text("email"),
    /** The ID number as typed, encrypted like the registry's. */
    nationalIdCipher: bytea("national_id_cipher"),
    /** Chosen by the app once per form: a retried or double-tapped submission makes one dossier. */
    submissionId: uuid("submission_id").notNull().unique(),
    status: text("status", { enum: dossierStatuses }).notNull().default("pending"),
    decidedByStaffId: uuid("decided_by_staff_id").references(() => staffUser.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    rejectReason: text("reject_reason", { enum: rejectReasons }),
    rejectNote: text("reject_note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A person has at most one dossier waiting at a time.
    uniqueIndex("account_dossier_one_pending_idx").on(t.personId).where(sql`${t.status} = 'pending'`),
    index("account_dossier_queue_idx").on(t.officeCode, t.status, t.submittedAt),
    oneOf("account_dossier_status_check", t.status, dossierStatuses),
    oneOf("account_dossier_kind_check", t.kind, ["self", "child"]),
  ],
);

/** The documents attached to a dossier (ID front and back, or the child's portrait and birth certificate). */
export const dossierDocument = pgTable(
  "dossier_document",
  {
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => accountDossier.id),
    documentId: uuid("document_id")
      .notNull()
      .references(() => document.id),
  },
  (t) => [uniqueIndex("dossier_document_key").on(t.dossierId, t.documentId)],
);

/** What happened to a dossier, by whom and why: its history, shown on the dossier page. */
export const dossierEvent = pgTable(
  "dossier_event",
  {
    id: uuid("id").primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => accountDossier.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    action: text("action", { enum: ["submitted", "approved", "rejected"] }).notNull(),
    staffId: uuid("staff_id").references(() => staffUser.id),
    reason: text("reason"),
    note: text("note"),
  },
  (t) => [index("dossier_event_dossier_idx").on(t.dossierId, t.at)],
);

/**
 * Every staff read of a person's data: who, which office, when, what and why. Citizens see their own
 * rows ("Ai đã xem dữ liệu của tôi"); keyed by person like the ledger.
 */
export const staffAccessLog = pgTable(
  "staff_access_log",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUser.id),
    officeCode: text("office_code").notNull(),
    /** What was read, e.g. "dossier", "document:id_front". */
    what: text("what").notNull(),
    /** Why, in words the citizen understands, e.g. "Duyệt hồ sơ đăng ký tài khoản HS…". */
    why: text("why").notNull(),
    requestId: text("request_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index("staff_access_log_person_idx").on(t.personId, t.at),
  ],
);
