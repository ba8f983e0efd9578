import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../create-db";
import { testDatabases } from "../testing/test-databases";
import { claimDue } from "./claim-due";
import { enqueue } from "./enqueue";
import { findOutboxMessage } from "./find-outbox-message";
import { markDelivered } from "./mark-delivered";
import { markFailed } from "./mark-failed";

const sms = { to: "0912345678", text: "Ma xac thuc AnSinh cua ban la 123456" };
const LEASE = 60_000;

describe.each(testDatabases)("outbox on $kind", ({ kind, open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());
  // Each test claims "everything due", so each starts from an empty outbox.
  afterEach(() => db.exec("DELETE FROM outbox"));

  const claimAll = (lockFor = LEASE) => claimDue(db, { limit: 100, lockFor });
  const enqueued = async () => {
    const id = await enqueue(db, { topic: "sms.send", payload: sms });
    if (!id) throw new Error("expected a new message");
    return id;
  };

  it("enqueues in the caller's transaction, and only once per dedupe key", async () => {
    const id = await db.transaction((tx) =>
      enqueue(tx, { topic: "sms.send", payload: sms, dedupeKey: "otp:1" }),
    );
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const retried = await db.transaction((tx) =>
      enqueue(tx, { topic: "sms.send", payload: { to: "0987654321", text: "khac" }, dedupeKey: "otp:1" }),
    );
    expect(retried).toBeNull();
    await expect(
      db.transaction(async (tx) => {
        await enqueue(tx, { topic: "sms.send", payload: sms, dedupeKey: "otp:2" });
        throw new Error("the request failed");
      }),
    ).rejects.toThrow("the request failed");

    expect(await claimAll()).toEqual([{ id, topic: "sms.send", payload: sms, attempts: 1 }]);
    expect(await findOutboxMessage(db, id as string)).toMatchObject({
      dedupeKey: "otp:1",
      status: "pending",
    });
  });

  it("enqueues every message that has no dedupe key", async () => {
    await enqueued();
    await enqueued();
    expect(await claimAll()).toHaveLength(2);
  });

  it("claims at most `limit` due messages, oldest first, and leases them", async () => {
    const ids = [await enqueued(), await enqueued(), await enqueued()];
    const first = await claimDue(db, { limit: 2, lockFor: LEASE });
    expect(first.map((m) => m.id)).toEqual(expect.arrayContaining(ids.slice(0, 2)));
    expect(first.map((m) => m.attempts)).toEqual([1, 1]);
    expect((await claimAll()).map((m) => m.id)).toEqual([ids[2]]);
    expect(await claimAll()).toEqual([]);
  });

  it("never gives one message to two claimers", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await enqueued());
    const claim = () => claimDue(db, { limit: 3, lockFor: LEASE });
    const seen: string[] = [];
    for (;;) {
      // PGlite has one connection and runs statements one after another; PostgreSQL runs both at once.
      const batches =
        kind === "postgres" ? await Promise.all([claim(), claim()]) : [await claim(), await claim()];
      const claimed = batches.flat();
      if (claimed.length === 0) break;
      seen.push(...claimed.map((m) => m.id));
    }
    expect(seen.toSorted()).toEqual(ids.toSorted());
  });

  it.runIf(kind === "postgres")(
    "skips messages an unfinished claim holds instead of waiting for it",
    async () => {
      await enqueued();
      await enqueued();
      await db.transaction(async (tx) => {
        const held = await claimDue(tx, { limit: 1, lockFor: LEASE });
        // Another connection, while the first claim's transaction is still open.
        const other = await claimAll();
        expect(held).toHaveLength(1);
        expect(other).toHaveLength(1);
        expect(other[0]?.id).not.toBe(held[0]?.id);
      });
    },
  );

  it("hands a message out again when its lease runs out", async () => {
    const id = await enqueued();
    expect(await claimAll(1000)).toMatchObject([{ id, attempts: 1 }]);
    expect(await claimAll()).toEqual([]);
    await sleep(1200);
    expect(await claimAll()).toMatchObject([{ id, attempts: 2 }]);
  });

  it("records a delivery and never hands the message out again", async () => {
    const id = await enqueued();
    await claimAll(0);
    await markDelivered(db, id);
    expect(await findOutboxMessage(db, id)).toMatchObject({
      status: "delivered",
      attempts: 1,
      lastError: null,
      deliveredAt: expect.any(Date),
    });
    expect(await claimAll()).toEqual([]);
  });

  it("keeps a failed message pending until its retry time", async () => {
    const id = await enqueued();
    await claimAll(0);
    const retryAt = new Date(Date.now() + 60_000);
    await markFailed(db, id, "SMS gateway answered 500", { retryAt });
    expect(await findOutboxMessage(db, id)).toMatchObject({
      status: "pending",
      attempts: 1,
      availableAt: retryAt,
      lastError: "SMS gateway answered 500",
    });
    expect(await claimAll()).toEqual([]);

    await markFailed(db, id, "SMS gateway answered 500", { retryAt: new Date(Date.now() - 1000) });
    expect(await claimAll()).toMatchObject([{ id, attempts: 2 }]);
  });

  it("gives a message up on a final failure", async () => {
    const id = await enqueued();
    await claimAll(0);
    await markFailed(db, id, "SMS gateway answered 500", { final: true });
    expect(await findOutboxMessage(db, id)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "SMS gateway answered 500",
      deliveredAt: null,
    });
    expect(await claimAll(0)).toEqual([]);
  });
});
