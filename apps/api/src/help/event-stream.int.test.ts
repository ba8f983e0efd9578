import { once } from "node:events";
import type { Socket } from "node:net";
import { type Db, testDatabases } from "@ansinh/db";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStream } from "../testing/help-chat-fixture";
import { type HelpChatHub, MAX_STREAMS_PER_OWNER, startHelpChatHub } from "./chat-hub";
import { serveEventStream } from "./event-stream";

/**
 * The stream's own bookkeeping, on a bare server with the real hub: a route here waits where the chat
 * routes wait (session check, presence mark) for as long as the test says.
 */
describe.each(testDatabases)("event streams and the chat hub on $kind", (database) => {
  let db: Db;
  let hub: HelpChatHub;
  let app: FastifyInstance;
  let base: string;
  let hold: { arrived: (socket: Socket) => void; release: Promise<void> } | undefined;

  beforeAll(async () => {
    db = await database.open();
    hub = await startHelpChatHub(db);
    app = Fastify();
    app.get<{ Querystring: { owner: string } }>("/stream", async (request, reply) => {
      if (hold) {
        hold.arrived(request.raw.socket);
        await hold.release;
      }
      serveEventStream(request, reply, {
        hub,
        audience: { personId: "0195f000-0000-7000-8000-000000000001" },
        owner: request.query.owner,
        eventName: "chat",
      });
    });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    hub.endStreams();
    await app.close();
    await hub.stop();
    await db.close();
  });

  it("keeps nothing of a client that left while the route was still checking it", async () => {
    let release = () => {};
    const arrived = new Promise<Socket>((resolve) => {
      hold = { arrived: resolve, release: new Promise<void>((go) => (release = go)) };
    });
    const controller = new AbortController();
    const answer = fetch(`${base}/stream?owner=gone`, { signal: controller.signal }).catch(() => null);
    const socket = await arrived;
    controller.abort();
    await answer;
    await once(socket, "close");
    hold = undefined;
    release();
    await expect.poll(() => socket.destroyed).toBe(true);
    // Give the route its turn to run on after the release.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hub.openStreams()).toBe(0);
  });

  it("lets go of a stream however it ends: the client leaving, or the hub ending it", async () => {
    const left = await openStream(`${base}/stream?owner=a`, "");
    await left.waitFor("retry:");
    expect(hub.openStreams()).toBe(1);
    left.close();
    await expect.poll(() => hub.openStreams()).toBe(0);

    const ended = await openStream(`${base}/stream?owner=b`, "");
    await ended.waitFor("retry:");
    hub.endStreams();
    expect(await ended.ends()).toBe(true);
    expect(hub.openStreams()).toBe(0);
  });

  it(`ends an owner's oldest stream past ${MAX_STREAMS_PER_OWNER}, and no one else's`, async () => {
    const other = await openStream(`${base}/stream?owner=other`, "");
    await other.waitFor("retry:");
    const mine = [];
    for (let i = 0; i <= MAX_STREAMS_PER_OWNER; i++) {
      const stream = await openStream(`${base}/stream?owner=me`, "");
      await stream.waitFor("retry:");
      mine.push(stream);
    }
    expect(await mine[0]?.ends()).toBe(true);
    expect(await mine[1]?.ends(300)).toBe(false);
    expect(await other.ends(300)).toBe(false);
    expect(hub.openStreams()).toBe(MAX_STREAMS_PER_OWNER + 1);
    for (const stream of [other, ...mine]) stream.close();
    await expect.poll(() => hub.openStreams()).toBe(0);
  });
});
