import type { SqlRunner } from "@ansinh/db";
import type { Config } from "../config";
import { readFileSmsLog } from "./file-sms-log";
import { readOutboxSmsLog } from "./outbox-sms-log";

/** One page of the SMS sent so far, newest first: a filter by phone and an opaque cursor to the next. */
export interface SmsLogQuery {
  limit: number;
  /** From the previous page's nextCursor; absent for the newest page. */
  cursor?: string;
  /** A mobile number in the national form "0xxxxxxxxx". */
  phone?: string;
}

/** A line of the sandbox file: what the citizen's phone would show, texts included. */
export interface SandboxSms {
  to: string;
  text: string;
  sentAt: string;
}

/** An SMS handed to the gateway, as the outbox knows it: never its text (passwords, one-time codes). */
export interface SmsDelivery {
  id: string;
  /** "096****777": enough to recognise the number, not to read it. */
  to: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export type SmsLogPage =
  | { provider: "file"; items: SandboxSms[]; nextCursor: string | null }
  | { provider: "http"; items: SmsDelivery[]; nextCursor: string | null };

/** Where staff read what was sent: the file itself with the file provider, the outbox with a gateway. */
export interface SmsLog {
  page(query: SmsLogQuery): Promise<SmsLogPage>;
}

/**
 * The log that matches the configured provider. Without one (tests of the API alone, which deliver
 * nothing) no SMS has been sent and the log is empty.
 */
export function createSmsLog(sms: Config["sms"] | undefined, db: SqlRunner): SmsLog {
  if (sms?.kind === "http") return { page: (query) => readOutboxSmsLog(db, query) };
  if (sms?.kind === "file") return { page: (query) => readFileSmsLog(sms.path, query) };
  return { page: async () => ({ provider: "file", items: [], nextCursor: null }) };
}
