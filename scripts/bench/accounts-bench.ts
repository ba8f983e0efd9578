import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@ansinh/db";
import { buildApp } from "../../apps/api/src/build-app";
import { OUTBOX_POLL_MS, startOutboxWorker } from "../../apps/api/src/outbox/start-outbox-worker";
import { createSmsProvider } from "../../apps/api/src/sms/create-sms-provider";
import { smsHandlers } from "../../apps/api/src/sms/sms-handlers";
import { testConfig } from "../../apps/api/src/testing/build-test-app";
import { createTestCitizen } from "../../apps/api/src/testing/citizen-fixture";
import { newTestDevice, type TestDevice } from "../../apps/api/src/testing/device-fixture";
import { createTestPerson } from "../../apps/api/src/testing/person-fixture";
import { multipart, registrationForm } from "../../apps/api/src/testing/registration-fixture";
import { ms, percentile, printTable } from "./stats";

const CONCURRENT_LOGINS = 20;
const ROUNDS = 10;
const REGISTRATIONS = 10;

const silentLog = { info() {}, warn() {}, error() {} };

/**
 * The accounts issue's two figures, over real HTTP on a listening server:
 * - sign-in latency with 20 people signing in at once (device challenge, proof and password check —
 *   argon2id dominates), p50/p99 and sign-ins per second;
 * - the time from "Gửi" (the registration request leaving the phone) to the acknowledgement SMS line
 *   in sms.jsonl, with the outbox worker at its production poll interval.
 */
export async function accountsBench(db: Db, workDir: string) {
  const smsPath = join(workDir, "sms.jsonl");
  // Twenty people sign in from one address here: per-IP limits would measure 429s.
  const app = await buildApp({ config: { ...testConfig, rateLimits: false }, db });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const worker = startOutboxWorker({
    db,
    handlers: smsHandlers(createSmsProvider({ kind: "file", path: smsPath })),
    log: silentLog,
    intervalMs: OUTBOX_POLL_MS,
  });
  try {
    const fixture = { app, db, close: async () => {} };
    const citizens = [];
    for (let i = 0; i < CONCURRENT_LOGINS; i++) {
      citizens.push({ ...(await createTestCitizen(fixture)), phone: newTestDevice(`Bench phone ${i}`) });
    }
    const signIn = async (c: { bhxhNumber: string; password: string; phone: TestDevice }) => {
      const started = performance.now();
      const challenge = await fetch(`${base}/api/auth/device-challenge`, { method: "POST" });
      const { nonce } = (await challenge.json()) as { nonce: string };
      const device = {
        publicKey: c.phone.publicKey,
        nonce,
        signature: c.phone.sign(nonce),
        label: c.phone.label,
      };
      const res = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ identifier: c.bhxhNumber, password: c.password, device }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
      return performance.now() - started;
    };
    // Each person's first sign-in binds their phone; it is not part of the measure.
    await Promise.all(citizens.map(signIn));
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      citizens.map(async (c) => {
        for (let round = 0; round < ROUNDS; round++) latencies.push(await signIn(c));
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const toSms: number[] = [];
    for (let i = 0; i < REGISTRATIONS; i++) {
      const person = await createTestPerson(fixture);
      const { payload, headers } = await multipart(await registrationForm(person));
      const before = (await readFile(smsPath, "utf8").catch(() => "")).length;
      const sent = performance.now();
      const res = await fetch(`${base}/api/registrations`, { method: "POST", headers, body: payload });
      await res.arrayBuffer();
      if (res.status !== 201 && res.status !== 200) throw new Error(`registration answered ${res.status}`);
      while ((await readFile(smsPath, "utf8").catch(() => "")).length === before) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      toSms.push(performance.now() - sent);
    }

    console.log(`\n### Accounts (${db.kind})\n`);
    printTable(
      ["measure", "n", "p50", "p99", "max", "throughput"],
      [
        [
          `sign-in, ${CONCURRENT_LOGINS} at once`,
          latencies.length,
          ms(percentile(latencies, 50)),
          ms(percentile(latencies, 99)),
          ms(Math.max(...latencies)),
          `${(latencies.length / seconds).toFixed(1)} sign-ins/s`,
        ],
        [
          `Gửi → SMS line in sms.jsonl (poll ${OUTBOX_POLL_MS} ms)`,
          toSms.length,
          ms(percentile(toSms, 50)),
          ms(percentile(toSms, 99)),
          ms(Math.max(...toSms)),
          "",
        ],
      ],
    );
  } finally {
    await worker.stop();
    await app.close();
  }
}
