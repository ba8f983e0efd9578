import { randomUUID } from "node:crypto";

/**
 * UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits. Ids sort by creation time,
 * which keeps B-tree inserts local; generated in the application so PGlite and PostgreSQL agree.
 * The random part comes from randomUUID(), whose entropy is pooled: one system call per many ids
 * matters when the synthetic population creates tens of millions of them.
 */
export function uuidv7(now = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, "0");
  // randomUUID() already sets the RFC variant bits; only the version nibble changes (4 → 7).
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
