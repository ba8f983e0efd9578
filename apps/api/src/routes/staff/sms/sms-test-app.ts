import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, enqueue, markDelivered, markFailed, type TestDatabase } from "@ansinh/db";
import { buildApp } from "../../../build-app";
import type { Config } from "../../../config";
import { SMS_TOPIC } from "../../../sms/sms-message";
import { type TestApp, testConfig } from "../../../testing/build-test-app";
import { signedInStaff } from "../../../testing/dossier-fixture";

/** An SMS line of the sandbox file, written as the file provider writes it. */
export interface SmsLine {
  to: string;
  text: string;
  sentAt: string;
}

/**
 * The real application with an SMS provider configured (buildTestApp configures none): "file" gets a
 * sandbox file in a fresh directory, "http" a gateway that is never called (nothing is delivered here).
 */
export async function buildSmsTestApp(
  database: TestDatabase,
  kind: Config["sms"]["kind"],
): Promise<TestApp & { smsPath: string }> {
  const db = await database.open();
  const directory = await mkdtemp(join(tmpdir(), "ansinh-test-sms-"));
  const smsPath = join(directory, "sms.jsonl");
  const sms: Config["sms"] =
    kind === "file" ? { kind, path: smsPath } : { kind, url: "http://127.0.0.1:9/sms", token: "t" };
  const app = await buildApp({ config: { ...testConfig, sms }, db });
  await app.ready();
  return {
    app,
    db,
    smsPath,
    close: async () => {
      await app.close();
      await db.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The session cookie of a staff member with this role (each call a new account). */
let staffCount = 0;
export async function staffCookie(t: TestApp, role: "admin" | "reviewer" | "support" | "data_officer") {
  staffCount += 1;
  return (await signedInStaff(t, `sms.${role}.${staffCount}`, { role, officeCode: "BHXH-01" })).cookie;
}

/** An SMS in the outbox, as a use-case enqueues it, then delivered, failed or left pending. */
export async function outboxSms(
  db: Db,
  sms: { to: string; text: string },
  outcome: "pending" | "delivered" | { error: string; final: boolean } = "pending",
): Promise<string> {
  const id = await enqueue(db, { topic: SMS_TOPIC, payload: sms });
  if (!id) throw new Error("expected a new outbox message");
  await db.query("UPDATE outbox SET attempts = attempts + 1 WHERE id = $1", [id]);
  if (outcome === "delivered") await markDelivered(db, id);
  else if (outcome !== "pending") {
    await markFailed(
      db,
      id,
      outcome.error,
      outcome.final ? { final: true } : { retryAt: new Date(Date.now() + 60_000) },
    );
  }
  return id;
}
