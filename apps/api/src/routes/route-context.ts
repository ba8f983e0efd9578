import type { Db, DocumentStore, FieldCipher } from "@ansinh/db";
import type { FastifyContextConfig } from "fastify";
import type { ProofOfWork } from "../auth/proof-of-work";
import type { AccountPolicy } from "../config";
import type { HelpChatHub } from "../help/chat-hub";
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
  /** A route's `config` for at most `max` requests a minute from one address (empty when limits are off). */
  perMinute(max: number): FastifyContextConfig;
  /** The ALTCHA proof of work that each anonymous look-up of a person must bring. */
  proofOfWork: ProofOfWork;
  /** Chat changes from every api process, fanned out to this process's open event streams. */
  helpChat: HelpChatHub;
}
