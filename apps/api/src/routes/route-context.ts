import type { Db, DocumentStore, FieldCipher } from "@ansinh/db";
import type { AccountPolicy } from "../config";
import type { SmsLog } from "../sms/sms-log";

/** What route plugins receive from buildApp: the database and the services built from configuration. */
export interface RouteContext {
  db: Db;
  cipher: FieldCipher;
  /** Uploaded documents (ID-card photos…), encrypted at rest. */
  documents: DocumentStore;
  /** Set the Secure flag on cookies (production is served over HTTPS only). */
  secureCookies: boolean;
  /** Device binding and OTP settings. */
  accounts: AccountPolicy;
  /** The SMS sent so far, as the configured provider lets staff see them (GET /api/staff/sms). */
  smsLog: SmsLog;
}
