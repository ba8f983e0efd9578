import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
