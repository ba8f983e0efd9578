import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  claimDue,
  type Db,
  enqueue,
  findOutboxMessage,
  markFailed,
  type OutboxMessageState,
  testDatabases,
} from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueSms } from "../sms/enqueue-sms";
import { createFileSmsProvider } from "../sms/file-sms-provider";
import { createHttpSmsProvider } from "../sms/http-sms-provider";
import { smsHandlers } from "../sms/sms-handlers";
import { startTestSmsGateway } from "../sms/test-sms-gateway";
import {
  type OutboxHandlers,
  type OutboxWorker,
  startOutboxWorker,
  type WorkerLog,
} from "./start-outbox-worker";

const MOBILE = "0912345678";

/** Keeps what the worker logs, so a test can see that a failure was reported. */
function logBook() {
  const entries: { level: string; message: string; details: object }[] = [];
  const at =
    (level: string) =>
    (details: object, message: string): void => {
      entries.push({ level, message, details });
    };
  const log: WorkerLog = { info: at("info"), warn: at("warn"), error: at("error") };
  return { log, entries };
}

describe.each(testDatabases)("the outbox worker on $kind", ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  const start = (handlers: OutboxHandlers, log: WorkerLog = logBook().log) =>
    startOutboxWorker({ db, handlers, log, intervalMs: 20 });

  const created = (id: string | null) => {
    if (!id) throw new Error("expected a new message");
    return id;
  };
  const newSms = async (text: string, dedupeKey?: string) =>
    created(await db.transaction((tx) => enqueueSms(tx, { to: MOBILE, text, dedupeKey })));

  /** Waits (the worker polls every 20 ms) until the message is in the state `done` looks for. */
  async function settled(id: string, done: (m: OutboxMessageState) => boolean) {
    for (let tries = 0; tries < 500; tries++) {
      const message = await findOutboxMessage(db, id);
      if (message && done(message)) return message;
      await sleep(20);
    }
    throw new Error(`message ${id} never settled`);
  }
  const pendingWithError = (m: OutboxMessageState) => m.lastError !== null;

  async function withWorker<T>(worker: OutboxWorker, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } finally {
      await worker.stop();
    }
  }

  it("sends an SMS without marks through the file provider, once per dedupe key", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "ansinh-outbox-")), "sms.jsonl");
    const id = await newSms("Mã xác thực AnSinh: 482913. Không chia sẻ mã này.", "otp:worker");
    expect(
      await db.transaction((tx) => enqueueSms(tx, { to: MOBILE, text: "again", dedupeKey: "otp:worker" })),
    ).toBeNull();

    const delivered = await withWorker(start(smsHandlers(createFileSmsProvider(path))), () =>
      settled(id, (m) => m.status === "delivered"),
    );
    expect(delivered).toMatchObject({ attempts: 1, lastError: null, deliveredAt: expect.any(Date) });
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { to: MOBILE, text: "Ma xac thuc AnSinh: 482913. Khong chia se ma nay.", sentAt: expect.any(String) },
    ]);
  });

  it("is woken by the NOTIFY of a commit instead of waiting for its poll", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "ansinh-outbox-")), "sms.jsonl");
    // An hour between polls: only the notification can bring the message out within the test.
    const worker = startOutboxWorker({
      db,
      handlers: smsHandlers(createFileSmsProvider(path)),
      log: logBook().log,
      intervalMs: 3_600_000,
    });
    await withWorker(worker, async () => {
      // The first poll runs at start; the message comes after it, while the worker sleeps.
      await sleep(200);
      const id = await newSms("Ma OTP 123456");
      await settled(id, (m) => m.status === "delivered");
    });
  });

  it("keeps a message the gateway refused (500) for a retry, with the reason", async () => {
    const gateway = await startTestSmsGateway((response) => response.writeHead(500).end());
    const { log, entries } = logBook();
    const id = await newSms("Ho so da duoc duyet");
    const before = Date.now();
    try {
      const provider = createHttpSmsProvider({ url: gateway.url, token: "test-token" });
      const failed = await withWorker(start(smsHandlers(provider), log), () => settled(id, pendingWithError));
      expect(failed).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: "SMS gateway answered 500 Internal Server Error",
      });
      // First retry one minute later (30 s × 2^1).
      expect(failed.availableAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
      expect(failed.availableAt.getTime()).toBeLessThan(Date.now() + 61_000);
      expect(gateway.requests).toHaveLength(1);
      expect(entries).toContainEqual(
        expect.objectContaining({ level: "warn", details: expect.objectContaining({ id, final: false }) }),
      );
    } finally {
      await gateway.close();
    }
  });

  it("retries a gateway that times out like any other failure", async () => {
    const gateway = await startTestSmsGateway(() => {});
    const id = await newSms("Ho so da duoc duyet");
    try {
      const provider = createHttpSmsProvider({ url: gateway.url, token: "t", timeoutMs: 100 });
      const failed = await withWorker(start(smsHandlers(provider)), () => settled(id, pendingWithError));
      expect(failed).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: "SMS gateway did not answer within 100 ms",
      });
    } finally {
      await gateway.close();
    }
  });

  it("retries a topic it has no handler for", async () => {
    const id = created(await enqueue(db, { topic: "email.send", payload: { to: "an@example.vn" } }));
    const failed = await withWorker(start({}), () => settled(id, pendingWithError));
    expect(failed).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: 'no handler for topic "email.send"',
    });
  });

  it("gives a message up after its eighth failed attempt", async () => {
    const id = await newSms("Ho so da duoc duyet");
    for (let attempt = 1; attempt < 8; attempt++) {
      // Seven earlier failures, each due again at once.
      const [claimed] = await claimDue(db, { limit: 1, lockFor: 60_000 });
      expect(claimed).toMatchObject({ id, attempts: attempt });
      await markFailed(db, id, "earlier failure", { retryAt: new Date(Date.now() - 1000) });
    }
    const { log, entries } = logBook();
    const refuse = async () => {
      throw new Error("number does not exist");
    };
    const failed = await withWorker(start({ "sms.send": refuse }, log), () =>
      settled(id, (m) => m.status === "failed"),
    );
    expect(failed).toMatchObject({ attempts: 8, lastError: "number does not exist", deliveredAt: null });
    expect(entries).toContainEqual(
      expect.objectContaining({ level: "warn", details: expect.objectContaining({ id, final: true }) }),
    );
  });

  it("stops only once the batch in flight is delivered and recorded", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = () => {};
    const handling = new Promise<void>((resolve) => {
      started = resolve;
    });
    const id = await newSms("Ho so da duoc duyet");
    const worker = start({
      "sms.send": async () => {
        started();
        await gate;
      },
    });
    await handling;
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await sleep(100);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await findOutboxMessage(db, id)).toMatchObject({ status: "delivered" });
  });
});
