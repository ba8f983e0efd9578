import { bigint, boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
  role: text("role", { enum: ["reviewer", "support", "data_officer", "admin"] }).notNull(),
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
