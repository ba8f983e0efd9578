import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  call,
  chatCounts,
  citizenWithChat,
  helpStaff,
  postStaffMessage,
} from "../../../testing/help-chat-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("staff help chat security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses the anonymous (401), a citizen (401), other roles (403) and another office (404)", async () => {
    const { cookie: citizenCookie, conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    const sent = await postStaffMessage(t, agent.cookie, conversation.id, { image: await testJpeg() });
    const imageUrl = sent.json().conversation.messages.at(-1).imageUrl as string;
    const reviewer = await helpStaff(t, "reviewer");
    const elsewhere = await helpStaff(t, "support", "BHXH-01");
    const before = await chatCounts(t);
    const id = conversation.id;
    const routes: ["GET" | "POST", string, object?][] = [
      ["GET", "/api/staff/help/chat"],
      ["GET", `/api/staff/help/chat/${id}`],
      ["POST", `/api/staff/help/chat/${id}/read`],
      ["POST", `/api/staff/help/chat/${id}/close`],
      ["POST", `/api/staff/help/chat/${id}/assign`, { staffId: null }],
      ["GET", imageUrl],
      ["GET", "/api/staff/help/agents"],
    ];
    for (const [method, url, body] of routes) {
      expect((await call(t, method, url, undefined, body)).statusCode, url).toBe(401);
      expect((await call(t, method, url, citizenCookie, body)).statusCode, url).toBe(401);
      expect((await call(t, method, url, reviewer.cookie, body)).statusCode, url).toBe(403);
    }
    for (const [method, url, body] of routes.slice(1, 6)) {
      const res = await call(t, method, url, elsewhere.cookie, body);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain(conversation.number);
    }
    expect((await postStaffMessage(t, undefined, id, { body: "x" })).statusCode).toBe(401);
    expect((await postStaffMessage(t, reviewer.cookie, id, { body: "x" })).statusCode).toBe(403);
    expect((await postStaffMessage(t, elsewhere.cookie, id, { body: "x" })).statusCode).toBe(404);
    expect(await chatCounts(t)).toEqual(before);
    const inbox = (await call(t, "GET", "/api/staff/help/chat", elsewhere.cookie)).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const logged = await t.db.query("SELECT 1 FROM staff_access_log WHERE staff_id = $1", [elsewhere.id]);
    expect(logged).toEqual([]);
  });
});
