import { createDb, testDatabases } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../build-app";
import { buildTestApp, type TestApp, testConfig } from "../../testing/build-test-app";
import {
  call,
  citizenOfHcmc,
  citizenWithChat,
  helpStaff,
  openStream,
  postCitizenMessage,
  postStaffMessage,
} from "../../testing/help-chat-fixture";

describe.each(testDatabases)("help chat event streams on $kind", (database) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.close());

  it("tells the citizen's stream when staff answer, and not another citizen's", async () => {
    const { cookie, conversation } = await citizenWithChat(t);
    const other = await citizenOfHcmc(t);
    const mine = await openStream(`${base}/api/help/chat/stream`, cookie);
    const theirs = await openStream(`${base}/api/help/chat/stream`, other.cookie);
    expect(mine.res.status).toBe(200);
    expect(mine.res.headers.get("content-type")).toContain("text/event-stream");
    expect(mine.res.headers.get("cache-control")).toBe("no-store");
    expect(mine.res.headers.get("x-accel-buffering")).toBe("no");
    expect(mine.res.headers.get("x-request-id")).toBeTruthy();
    await mine.waitFor("retry:");
    const agent = await helpStaff(t);
    await postStaffMessage(t, agent.cookie, conversation.id, { body: "Đã nhận" });
    const text = await mine.waitFor(`event: chat\ndata: {"conversationId":"${conversation.id}"}\n\n`);
    expect(text).not.toContain("Đã nhận");
    await expect(theirs.waitFor("event: chat", 500)).rejects.toThrow(/did not send/);
    mine.close();
    theirs.close();
  });

  it("tells the office's staff stream of a citizen's message and marks the agent online", async () => {
    const agent = await helpStaff(t);
    const elsewhere = await helpStaff(t, "support", "BHXH-01");
    const inbox = await openStream(`${base}/api/staff/help/stream`, agent.cookie);
    const otherInbox = await openStream(`${base}/api/staff/help/stream`, elsewhere.cookie);
    await inbox.waitFor("retry:");
    const agents = (await call(t, "GET", "/api/staff/help/agents", agent.cookie)).json().items;
    expect(agents).toContainEqual(expect.objectContaining({ id: agent.id, online: true }));
    const { cookie } = await citizenOfHcmc(t);
    const res = await postCitizenMessage(t, cookie, { body: "Chào" });
    expect(res.json().conversation.ticket).toBe(false);
    await inbox.waitFor(`event: inbox\ndata: {"conversationId":"${res.json().conversation.id}"}`);
    await expect(otherInbox.waitFor("event: inbox", 500)).rejects.toThrow(/did not send/);
    inbox.close();
    otherInbox.close();
  });

  it("refuses a stream to the anonymous and to the wrong side", async () => {
    expect((await fetch(`${base}/api/help/chat/stream`)).status).toBe(401);
    expect((await fetch(`${base}/api/staff/help/stream`)).status).toBe(401);
    const reviewer = await helpStaff(t, "reviewer");
    expect(
      (await fetch(`${base}/api/staff/help/stream`, { headers: { cookie: reviewer.cookie } })).status,
    ).toBe(403);
  });
});

// A PGlite database lives in one process; two processes sharing one database is PostgreSQL's case.
describe.each(testDatabases.filter((d) => d.kind === "postgres"))(
  "help chat across two api processes",
  (database) => {
    let t: TestApp;
    let second: FastifyInstance;
    let closeSecondDb: () => Promise<void>;
    beforeAll(async () => {
      t = await buildTestApp(database);
      const [row] = await t.db.query<{ name: string }>("SELECT current_database() AS name");
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${row?.name}`;
      const db = await createDb({ kind: "postgres", url: url.toString(), poolSize: 2 });
      closeSecondDb = () => db.close();
      second = await buildApp({ config: testConfig, db });
      await second.listen({ port: 0, host: "127.0.0.1" });
    });
    afterAll(async () => {
      await second.close();
      await closeSecondDb();
      await t.close();
    });

    it("delivers a staff answer made on one app to the citizen's stream on the other", async () => {
      const { cookie, conversation } = await citizenWithChat(t);
      const address = second.server.address();
      if (!address || typeof address === "string") throw new Error("not listening");
      const stream = await openStream(`http://127.0.0.1:${address.port}/api/help/chat/stream`, cookie);
      await stream.waitFor("retry:");
      const agent = await helpStaff(t);
      expect(
        (await postStaffMessage(t, agent.cookie, conversation.id, { body: "Từ máy khác" })).statusCode,
      ).toBe(201);
      await stream.waitFor(`data: {"conversationId":"${conversation.id}"}`);
      stream.close();
    });

    it("ends its streams when its listening connection is back, so that clients read what they missed", async () => {
      const { cookie } = await citizenWithChat(t);
      const address = second.server.address();
      if (!address || typeof address === "string") throw new Error("not listening");
      const stream = await openStream(`http://127.0.0.1:${address.port}/api/help/chat/stream`, cookie);
      await stream.waitFor("retry:");
      const [dropped] = await t.db.query<{ dropped: boolean }>(
        `SELECT bool_or(pg_terminate_backend(pid)) AS dropped FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      );
      expect(dropped?.dropped).toBe(true);
      expect(await stream.ends(15_000)).toBe(true);
    });
  },
);
