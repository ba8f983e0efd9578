import { requestStatuses } from "@ansinh/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staffUser } from "./accounts";
import { holds, oneOf } from "./checks";
import { bytea } from "./columns";
import { petition } from "./help";
import { office } from "./reference";
import { ownedByPerson } from "./registry";

/**
 * "Dịch vụ công" (issue 5): a citizen's requests to the agency, their history, the notifications they
 * cause, and what completed requests change (how a benefit is received, who may collect it, payments).
 * Every table is owned by one person and keyed (person_id, id), like the ledger, so it can be sharded
 * by person; ids are uuid v7 made by the application.
 */

export const serviceRequest = pgTable(
  "service_request",
  {
    ...ownedByPerson,
    /** Số hồ sơ ("DV" + yy + 8 digits), given at submission; a draft has none. */
    number: text("number").unique(),
    /** A code of the service catalogue (@ansinh/domain serviceCatalogue). */
    serviceCode: text("service_code").notNull(),
    /** The office whose staff handle it: the person's province office when it was created. */
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    status: text("status", { enum: requestStatuses }).notNull(),
    /** The answers to the service's fields, as validated by its schema (dates ISO, money whole đồng). */
    answers: jsonb("answers").notNull(),
    /** Chosen by the app once per form: a retried or double-tapped create makes one request. */
    submissionKey: text("submission_key").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The legal deadline: the service's working days after submission, in Vietnam. */
    dueOn: date("due_on"),
    assignedStaffId: uuid("assigned_staff_id").references(() => staffUser.id),
    /** What staff asked for when the request went to needs_info. */
    infoRequest: text("info_request"),
    /** The reason of a rejection, or a note on completion, shown to the citizen. */
    outcomeNote: text("outcome_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    uniqueIndex("service_request_submission_key").on(t.personId, t.submissionKey),
    // The staff queue: an office's requests in a status, the nearest deadline first.
    index("service_request_queue_idx").on(t.officeCode, t.status, t.dueOn),
    // Staff open a request by its id alone (they do not know the person yet).
    index("service_request_id_idx").on(t.id),
    index("service_request_person_idx").on(t.personId, t.createdAt),
    oneOf("service_request_status_check", t.status, requestStatuses),
    holds(
      "service_request_submitted_check",
      sql`${t.status} = 'draft' OR (${t.number} IS NOT NULL AND ${t.submittedAt} IS NOT NULL AND ${t.dueOn} IS NOT NULL)`,
    ),
  ],
);

/** A foreign key from a person-owned row to one of the same person's requests. */
const toRequest = (name: string, t: { personId: AnyPgColumn; requestId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.personId, t.requestId],
    foreignColumns: [serviceRequest.personId, serviceRequest.id],
  });

export const requestActors = ["citizen", "staff", "system"] as const;

/** What happened to a request, by whom and why: the timeline both the citizen and staff see. */
export const serviceRequestEvent = pgTable(
  "service_request_event",
  {
    ...ownedByPerson,
    requestId: uuid("request_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actor: text("actor", { enum: requestActors }).notNull(),
    staffId: uuid("staff_id").references(() => staffUser.id),
    /** e.g. "submitted", "receive", "request_info", "citizen_reply", "payment_confirmed". */
    action: text("action").notNull(),
    fromStatus: text("from_status", { enum: requestStatuses }),
    toStatus: text("to_status", { enum: requestStatuses }).notNull(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    toRequest("service_request_event_request_fk", t),
    index("service_request_event_request_idx").on(t.personId, t.requestId, t.at),
    oneOf("service_request_event_actor_check", t.actor, requestActors),
    holds("service_request_event_staff_check", sql`(${t.actor} = 'staff') = (${t.staffId} IS NOT NULL)`),
  ],
);

/** The citizen's notification centre ("Thông báo"); a request's state changes land here. */
export const citizenNotification = pgTable(
  "citizen_notification",
  {
    ...ownedByPerson,
    requestId: uuid("request_id"),
    /** A petition it is about ("Trợ giúp"); a notification is about a request, a petition or neither. */
    petitionId: uuid("petition_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    bodyVi: text("body_vi").notNull(),
    bodyEn: text("body_en").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    toRequest("citizen_notification_request_fk", t),
    foreignKey({
      name: "citizen_notification_petition_fk",
      columns: [t.personId, t.petitionId],
      foreignColumns: [petition.personId, petition.id],
    }),
    holds("citizen_notification_subject_check", sql`${t.requestId} IS NULL OR ${t.petitionId} IS NULL`),
    index("citizen_notification_person_idx").on(t.personId, t.createdAt),
  ],
);

export const benefitReceiptMethods = ["bank", "post_office"] as const;

/**
 * How a pension or benefit is received ("hình thức nhận lương hưu, trợ cấp"). A change adds a row and
 * marks the previous one replaced, so the history stays; at most one row is current per person.
 */
export const benefitReceipt = pgTable(
  "benefit_receipt",
  {
    ...ownedByPerson,
    method: text("method", { enum: benefitReceiptMethods }).notNull(),
    bankName: text("bank_name"),
    accountHolder: text("account_holder"),
    /** AES-256-GCM ciphertext of the account number (FieldCipher); never stored in clear. */
    accountNumberCipher: bytea("account_number_cipher"),
    /** The last four digits, the only part ever shown back. */
    accountLast4: text("account_last4"),
    postOfficeAddress: text("post_office_address"),
    effectiveFrom: date("effective_from").notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    requestId: uuid("request_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    toRequest("benefit_receipt_request_fk", t),
    uniqueIndex("benefit_receipt_current_key").on(t.personId).where(sql`${t.replacedAt} IS NULL`),
    oneOf("benefit_receipt_method_check", t.method, benefitReceiptMethods),
    holds(
      "benefit_receipt_method_fields_check",
      sql`(${t.method} = 'bank' AND ${t.bankName} IS NOT NULL AND ${t.accountHolder} IS NOT NULL
            AND ${t.accountNumberCipher} IS NOT NULL AND ${t.accountLast4} ~ '^[0-9]{4}$')
          OR (${t.method} = 'post_office' AND ${t.postOfficeAddress} IS NOT NULL AND ${t.accountNumberCipher} IS NULL)`,
    ),
  ],
);

/** "Ủy quyền lĩnh thay": someone the beneficiary authorises to collect the payment, for a time. */
export const benefitAuthorisation = pgTable(
  "benefit_authorisation",
  {
    ...ownedByPerson,
    requestId: uuid("request_id").notNull(),
    collectorName: text("collector_name").notNull(),
    /** The collector's ID number, encrypted like the registry's. */
    collectorNationalIdCipher: bytea("collector_national_id_cipher").notNull(),
    collectorPhone: text("collector_phone").notNull(),
    relation: text("relation").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    toRequest("benefit_authorisation_request_fk", t),
    holds("benefit_authorisation_validity_check", sql`${t.validTo} >= ${t.validFrom}`),
  ],
);

export const paymentStatuses = ["pending", "confirmed", "failed", "expired"] as const;

/** A payment for a paid service (household card renewal, voluntary contribution), kept by provider. */
export const payment = pgTable(
  "payment",
  {
    ...ownedByPerson,
    requestId: uuid("request_id").notNull(),
    provider: text("provider").notNull(),
    /** Whole đồng. */
    amount: bigint("amount", { mode: "number" }).notNull(),
    status: text("status", { enum: paymentStatuses }).notNull(),
    /** The provider's id of the payment; set once the provider has created it. */
    providerReference: text("provider_reference").unique(),
    /** Chosen by the app once per attempt: a retried "Thanh toán" makes one payment. */
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    failureReason: text("failure_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    toRequest("payment_request_fk", t),
    uniqueIndex("payment_idempotency_key").on(t.personId, t.idempotencyKey),
    index("payment_request_idx").on(t.personId, t.requestId),
    // Reconciliation looks for payments still pending after a while.
    index("payment_pending_idx").on(t.status, t.createdAt),
    oneOf("payment_status_check", t.status, paymentStatuses),
    holds("payment_amount_check", sql`${t.amount} > 0`),
  ],
);
