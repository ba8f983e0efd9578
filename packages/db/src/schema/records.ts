import { sql } from "drizzle-orm";
import {
  char,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { holds, oneOf } from "./checks";
import { medicalVisit, person } from "./registry";

export const visitReportStatuses = ["received", "in_review", "resolved"] as const;

/**
 * "Tôi không đi khám lần này": a citizen reports a medical visit in their book that they did not make
 * (a possible misuse of their card). Owned by the person and keyed by person first, like the ledger;
 * at most one report per visit, so reporting again finds the first one.
 */
export const visitReport = pgTable(
  "visit_report",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    id: uuid("id").notNull(),
    visitId: uuid("visit_id").notNull(),
    note: text("note"),
    /** Shown to the citizen and to staff ("PA" + yyMMdd in Vietnam + 8 random digits). */
    reference: text("reference").notNull(),
    /**
     * New (34-list) province of the person when the report was filed: the staff of that province's
     * offices see it (as a dossier is routed to an office when it is filed).
     */
    provinceCode: char("province_code", { length: 2 }).notNull(),
    status: text("status", { enum: visitReportStatuses }).notNull().default("received"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    foreignKey({
      name: "visit_report_visit_fk",
      columns: [t.personId, t.visitId],
      foreignColumns: [medicalVisit.personId, medicalVisit.id],
    }),
    uniqueIndex("visit_report_visit_key").on(t.personId, t.visitId),
    index("visit_report_queue_idx").on(t.provinceCode, t.status, t.createdAt),
    oneOf("visit_report_status_check", t.status, visitReportStatuses),
    holds("visit_report_note_check", sql`${t.note} IS NULL OR char_length(${t.note}) <= 500`),
  ],
);
