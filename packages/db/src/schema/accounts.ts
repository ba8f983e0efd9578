import { staffRoles } from "@ansinh/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "./checks";
import { office } from "./reference";
import { person } from "./registry";

/** A citizen's login. The registration and login flows that fill it are built on top of this table. */
export const citizenAccount = pgTable("citizen_account", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => person.id),
  /** argon2id (PHC string). */
  passwordHash: text("password_hash").notNull(),
  mustChangePassword: boolean("must_change_password").notNull(),
  status: text("status", { enum: ["active", "locked", "closed"] }).notNull(),
  /**
   * The phone registered with the account (the approved dossier's; a parent's for a child's account):
   * OTP codes and security notices go only here, never to a number typed at the time.
   */
  phone: text("phone"),
  /** Consecutive failed sign-ins; 5 lock the account for 15 minutes. */
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const staffUser = pgTable("staff_user", {
  id: uuid("id").primaryKey(),
  username: text("username").notNull().unique(),
  fullName: text("full_name").notNull(),
  email: text("email").notNull(),
  role: text("role", { enum: staffRoles }).notNull(),
  /** Staff act only for their own office. */
  officeCode: text("office_code")
    .notNull()
    .references(() => office.code),
  passwordHash: text("password_hash").notNull(),
  /** AES-256-GCM ciphertext of the base32 TOTP secret. */
  totpSecretCipher: text("totp_secret_cipher"),
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totpLastStep: bigint("totp_last_step", { mode: "number" }),
  /** Consecutive failed sign-ins; 5 lock the account for 15 minutes. */
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The phone an account is used on ("one phone per account"): the public half of a non-extractable
 * ECDSA P-256 key the app made in the browser, identified by its RFC 7638 thumbprint. A sign-in proves
 * possession by signing a single-use nonce. At most one device per person is active.
 */
export const citizenDevice = pgTable(
  "citizen_device",
  {
    id: uuid("id").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    thumbprint: text("thumbprint").notNull(),
    publicKey: jsonb("public_key").notNull(),
    /** What the browser said it was, to tell the owner which phone was bound. */
    label: text("label").notNull(),
    boundAt: timestamp("bound_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [uniqueIndex("citizen_device_one_active_idx").on(t.personId).where(sql`${t.revokedAt} IS NULL`)],
);

/** Nonces handed out for device proofs; each is deleted by the sign-in that uses it. */
export const deviceNonce = pgTable("device_nonce", {
  nonceHash: text("nonce_hash").primaryKey(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const otpPurposes = ["device_change", "password_reset"] as const;

/**
 * A one-time-code challenge: the app holds a random ticket (only its hash is here) and the person
 * receives a 6-digit code by SMS (only its HMAC is here). A code lives 5 minutes and allows 5 tries;
 * a resend replaces it. personId is null when a password reset named no account: the ticket then
 * behaves like any other, but no code is ever sent, so the answer does not tell who has an account.
 */
export const otpChallenge = pgTable(
  "otp_challenge",
  {
    id: uuid("id").primaryKey(),
    purpose: text("purpose", { enum: otpPurposes }).notNull(),
    personId: uuid("person_id").references(() => person.id),
    ticketHash: text("ticket_hash").notNull().unique(),
    phone: text("phone"),
    codeHash: text("code_hash"),
    /**
     * What the challenge unlocks, e.g. the new device's public key; for a reset that named no account,
     * the attemptKey its sends are limited by.
     */
    payload: jsonb("payload"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The ticket itself ends after this; each code ends 5 minutes after it was sent. */
    ticketExpiresAt: timestamp("ticket_expires_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    codeExpiresAt: timestamp("code_expires_at", { withTimezone: true }),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
  },
  (t) => [oneOf("otp_challenge_purpose_check", t.purpose, otpPurposes)],
);

/**
 * Every code sent: the hourly limits (5 per account, 5 per phone number) count these rows. A row without
 * a person is a reset that named no account (nothing was texted): it counts only against repeats of
 * the same number and phone (the challenge's payload.attemptKey), never against the phone.
 */
export const otpDelivery = pgTable(
  "otp_delivery",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => otpChallenge.id),
    personId: uuid("person_id").references(() => person.id),
    phone: text("phone").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("otp_delivery_person_idx").on(t.personId, t.sentAt),
    index("otp_delivery_phone_idx").on(t.phone, t.sentAt),
  ],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * table cannot be replayed. Revocation (logout, a new device, an admin) is immediate.
 */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind", { enum: ["staff", "citizen"] }).notNull(),
    staffId: uuid("staff_id").references(() => staffUser.id),
    personId: uuid("person_id").references(() => person.id),
    /** The citizen's bound phone this session was opened on; binding another one revokes it. */
    deviceId: uuid("device_id").references(() => citizenDevice.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    index("session_staff_idx").on(t.staffId),
    index("session_person_idx").on(t.personId),
    oneOf("session_kind_check", t.kind, ["staff", "citizen"]),
  ],
);
