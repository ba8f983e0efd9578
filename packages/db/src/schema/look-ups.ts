import { index, pgTable, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "./columns";

/**
 * Proof-of-work payloads (ALTCHA) already used for an anonymous look-up, by the SHA-256 challenge they
 * solve: each is accepted once. A row is only needed while its challenge could still be accepted, so
 * rows past their expiry are swept (by the index) as new ones come in.
 */
export const spentProofOfWork = pgTable(
  "spent_proof_of_work",
  {
    hash: bytea("hash").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("spent_proof_of_work_expires_idx").on(t.expiresAt)],
);
