import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "./create-db";
import { testDatabases } from "./testing/test-databases";

describe.each(testDatabases)("listen on $kind", (database) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("hands each NOTIFY's payload on the channel to the listener, and nothing after it stops", async () => {
    db = await database.open();
    const heard: string[] = [];
    const stop = await db.listen("test_channel", (payload) => heard.push(payload));
    await db.query("SELECT pg_notify('other_channel', 'not for us')");
    await db.transaction(async (tx) => {
      await tx.query("SELECT pg_notify('test_channel', $1)", ['{"id":1}']);
      // Inside the transaction nothing is delivered yet: NOTIFY goes out at commit.
      expect(heard).toEqual([]);
    });
    await expect.poll(() => heard).toEqual(['{"id":1}']);
    await stop();
    await db.query("SELECT pg_notify('test_channel', 'late')");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(['{"id":1}']);
  });

  it("stops quietly when the database was closed first", async () => {
    const opened = await database.open();
    const stop = await opened.listen("test_channel", () => {});
    await opened.close();
    await expect(stop()).resolves.toBeUndefined();
  });

  it.runIf(database.kind === "postgres")(
    "listens again by itself after the server drops the listening connection, and says so",
    async () => {
      const opened = await database.open();
      db = opened;
      const heard: string[] = [];
      let reconnects = 0;
      const stop = await opened.listen(
        "test_channel",
        (payload) => heard.push(payload),
        () => reconnects++,
      );
      expect(reconnects).toBe(0);
      const [dropped] = await opened.query<{ dropped: boolean }>(
        `SELECT bool_or(pg_terminate_backend(pid)) AS dropped FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      );
      expect(dropped?.dropped).toBe(true);
      // Notifications sent while it reconnects are lost (a hint, not a queue): keep sending until one lands.
      await expect
        .poll(
          async () => {
            await opened.query("SELECT pg_notify('test_channel', 'after the drop')");
            return heard;
          },
          { timeout: 15_000, interval: 300 },
        )
        .toContain("after the drop");
      // Told once, so that a listener re-reads what the notifications of the gap would have said.
      expect(reconnects).toBe(1);
      await stop();
    },
  );
});
