import { testDatabases } from "@ansinh/db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  call,
  citizenOfHcmc,
  citizenWithChat,
  helpStaff,
  markOnline,
  postCitizenMessage,
  postStaffMessage,
} from "../../testing/help-chat-fixture";
import { testJpeg } from "../../testing/registration-fixture";

describe.each(testDatabases)("citizen help chat on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the office and hotline", async () => {
    const { citizen, cookie } = await citizenOfHcmc(t);
    const res = await call(t, "GET", "/api/help/contact", cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      office: { code: "BHXH-79" },
      bhxhNumber: citizen.bhxhNumber,
      hotline: "1900 9068",
    });
    expect(res.json().office.email).toMatch(/@/);
  });

  it("has no conversation at first, then opens one with the first message (a ticket when no one is online)", async () => {
    const { cookie } = await citizenOfHcmc(t);
    const empty = await call(t, "GET", "/api/help/chat", cookie);
    expect(empty.json()).toEqual({ conversation: null, staffOnline: false });

    const res = await postCitizenMessage(t, cookie, { body: "  Xin chào cán bộ  " });
    expect(res.statusCode).toBe(201);
    const { conversation } = res.json();
    expect(conversation).toMatchObject({
      status: "open",
      ticket: true,
      unread: 0,
      agentName: null,
      closedAt: null,
    });
    expect(conversation.number).toMatch(/^HT\d{10}$/);
    expect(conversation.messages).toEqual([
      expect.objectContaining({
        author: "citizen",
        staffName: null,
        body: "Xin chào cán bộ",
        imageUrl: null,
      }),
    ]);
    const again = await postCitizenMessage(t, cookie, { body: "Tin thứ hai" });
    expect(again.json().conversation.id).toBe(conversation.id);
    expect(again.json().conversation.messages.map((m: { body: string }) => m.body)).toEqual([
      "Xin chào cán bộ",
      "Tin thứ hai",
    ]);
  });

  it("opens a live chat (not a ticket) when a support agent is online, and shows staffOnline", async () => {
    const agent = await helpStaff(t);
    await markOnline(t, agent.id);
    const { cookie } = await citizenOfHcmc(t);
    expect((await call(t, "GET", "/api/help/chat", cookie)).json().staffOnline).toBe(true);
    const res = await postCitizenMessage(t, cookie, { body: "Có ai không?" });
    expect(res.json().conversation.ticket).toBe(false);
    await t.db.query("DELETE FROM staff_presence WHERE staff_id = $1", [agent.id]);
  });

  it("is idempotent on clientKey: the same key again stores nothing more and answers the same", async () => {
    const { citizen, cookie } = await citizenOfHcmc(t);
    const clientKey = "retry-key-0001";
    const first = await postCitizenMessage(t, cookie, { clientKey, body: "Một lần thôi" });
    const second = await postCitizenMessage(t, cookie, { clientKey, body: "Một lần thôi" });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM help_message WHERE person_id = $1",
      [citizen.id],
    );
    expect(row?.n).toBe(1);
  });

  it("sees staff answers as unread until read, and closes the conversation", async () => {
    const { cookie, conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    expect(
      (await postStaffMessage(t, agent.cookie, conversation.id, { body: "Chào anh/chị" })).statusCode,
    ).toBe(201);
    const chat = (await call(t, "GET", "/api/help/chat", cookie)).json().conversation;
    expect(chat).toMatchObject({ unread: 1, agentName: "Lê Thị Hỗ Trợ" });
    expect(chat.messages[1]).toMatchObject({
      author: "staff",
      staffName: "Lê Thị Hỗ Trợ",
      body: "Chào anh/chị",
    });

    const read = await call(t, "POST", "/api/help/chat/read", cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json().conversation.unread).toBe(0);

    const closed = await call(t, "POST", "/api/help/chat/close", cookie);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().conversation).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    // The closed one still shows, until the next message opens a new one.
    expect((await call(t, "GET", "/api/help/chat", cookie)).json().conversation.id).toBe(conversation.id);
    const next = await postCitizenMessage(t, cookie, { body: "Câu hỏi mới" });
    expect(next.json().conversation.id).not.toBe(conversation.id);
  });

  it("reads an answer that came with the closing: read acts on the latest conversation, open or ended", async () => {
    const { cookie, conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    await postStaffMessage(t, agent.cookie, conversation.id, { body: "Đã giải quyết xong" });
    await call(t, "POST", `/api/staff/help/chat/${conversation.id}/close`, agent.cookie);
    const shown = (await call(t, "GET", "/api/help/chat", cookie)).json().conversation;
    expect(shown).toMatchObject({ id: conversation.id, status: "closed", unread: 1 });

    const read = await call(t, "POST", "/api/help/chat/read", cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json().conversation).toMatchObject({ id: conversation.id, status: "closed", unread: 0 });
    expect((await call(t, "GET", "/api/help/chat", cookie)).json().conversation.unread).toBe(0);
    // Closing still needs an open conversation.
    expect((await call(t, "POST", "/api/help/chat/close", cookie)).statusCode).toBe(404);
  });

  it("stores a picture sanitised (no metadata, re-encoded) and gives it back to its owner", async () => {
    const { cookie } = await citizenOfHcmc(t);
    const withExif = await sharp(await testJpeg(900, 600))
      .withExif({ IFD0: { Copyright: "GPS-SECRET-PLACE" } })
      .jpeg()
      .toBuffer();
    const res = await postCitizenMessage(t, cookie, { image: withExif });
    expect(res.statusCode).toBe(201);
    const [message] = res.json().conversation.messages;
    expect(message).toMatchObject({ body: null, imageUrl: `/api/help/chat/messages/${message.id}/image` });
    const image = await call(t, "GET", message.imageUrl, cookie);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/jpeg");
    expect(image.headers["cache-control"]).toContain("no-store");
    expect(image.rawPayload.includes(Buffer.from("GPS-SECRET-PLACE"))).toBe(false);
    expect((await sharp(image.rawPayload).metadata()).exif).toBeUndefined();
    const [doc] = await t.db.query<{ kind: string }>("SELECT kind FROM document ORDER BY id DESC LIMIT 1");
    expect(doc?.kind).toBe("chat_image");
  });
});
