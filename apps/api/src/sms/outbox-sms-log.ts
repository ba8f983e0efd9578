import type { SqlRunner } from "@ansinh/db";
import { maskMobile, parseMobile } from "@ansinh/domain";
import type { SmsDelivery, SmsLogPage, SmsLogQuery } from "./sms-log";
import { invalidSmsCursor } from "./sms-log-cursor";
import { SMS_TOPIC } from "./sms-message";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * With a real gateway the texts are not shown to anyone: they hold temporary passwords and one-time
 * codes. Staff see the delivery state of each SMS in the outbox instead, newest first (outbox ids are
 * UUID v7 and sort by creation time, so the id is the cursor), the number masked.
 */
export async function readOutboxSmsLog(
  db: SqlRunner,
  query: SmsLogQuery,
): Promise<Extract<SmsLogPage, { provider: "http" }>> {
  if (query.cursor !== undefined && !UUID.test(query.cursor)) throw invalidSmsCursor();
  const rows = await db.query<Omit<SmsDelivery, "to"> & { to: string | null }>(
    `SELECT id, payload->>'to' AS "to", status, attempts, last_error AS "lastError",
            created_at AS "createdAt", delivered_at AS "deliveredAt"
       FROM outbox
      WHERE topic = $1
        AND ($2::text IS NULL OR payload->>'to' = $2::text)
        AND ($3::uuid IS NULL OR id < $3::uuid)
      ORDER BY id DESC
      LIMIT $4`,
    [SMS_TOPIC, query.phone ?? null, query.cursor ?? null, query.limit + 1],
  );
  const items = rows.slice(0, query.limit).map((row) => ({ ...row, to: masked(row.to ?? "") }));
  return {
    provider: "http",
    items,
    nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null,
  };
}

function masked(to: string): string {
  const parsed = parseMobile(to);
  return parsed.ok ? maskMobile(parsed.value) : `${"*".repeat(Math.max(0, to.length - 3))}${to.slice(-3)}`;
}
