import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  call,
  citizenWithChat,
  helpStaff,
  postCitizenMessage,
  postStaffMessage,
} from "../../../testing/help-chat-fixture";
import { testJpeg } from "../../../testing/registration-fixture";
import { smsTo } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("staff help chat on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the office's inbox with masked names and a preview, and opens a conversation (logged)", async () => {
    const { conversation } = await citizenWithChat(t, "Xin hỏi về thẻ BHYT");
    const agent = await helpStaff(t);
    const inbox = await call(t, "GET", "/api/staff/help/chat?assigned=none", agent.cookie);
    expect(inbox.statusCode).toBe(200);
    const item = inbox.json().items.find((i: { id: string }) => i.id === conversation.id);
    expect(item).toMatchObject({
      number: conversation.number,
      personName: "Trần T** T** H***",
      lastMessagePreview: "Xin hỏi về thẻ BHYT",
      staffUnread: 1,
      assignedStaff: null,
      ticket: true,
    });
    expect(inbox.json()).toMatchObject({ page: 1, pageSize: 20 });

    const view = await call(t, "GET", `/api/staff/help/chat/${conversation.id}`, agent.cookie);
    expect(view.statusCode).toBe(200);
    expect(view.json().conversation).toMatchObject({ staffUnread: 1, person: { name: "Trần Thị Thu Hằng" } });
    const logged = await t.db.query(
      "SELECT 1 FROM staff_access_log WHERE staff_id = $1 AND what = 'help_conversation'",
      [agent.id],
    );
    expect(logged.length).toBe(1);
    const read = await call(t, "POST", `/api/staff/help/chat/${conversation.id}/read`, agent.cookie);
    expect(read.json().conversation.staffUnread).toBe(0);
  });

  it("answers a ticket: takes it, and sends one SMS per citizen message answered", async () => {
    const { citizen, cookie, conversation } = await citizenWithChat(t);
    expect(conversation.ticket).toBe(true);
    const agent = await helpStaff(t);
    const first = await postStaffMessage(t, agent.cookie, conversation.id, { body: "Chào anh/chị" });
    expect(first.statusCode).toBe(201);
    expect(first.json().conversation.assignedStaff).toEqual({ id: agent.id, name: "Lê Thị Hỗ Trợ" });
    await postStaffMessage(t, agent.cookie, conversation.id, { body: "Chúng tôi đã kiểm tra" });
    let sms = await smsTo(t, citizen.phone);
    expect(sms).toEqual([
      `BHXH Viet Nam: can bo da tra loi yeu cau ho tro ${conversation.number} cua ban. Mo ung dung, muc Tro giup de xem.`,
    ]);
    await postCitizenMessage(t, cookie, { body: "Cảm ơn, còn một câu nữa" });
    await postStaffMessage(t, agent.cookie, conversation.id, { body: "Vâng" });
    sms = await smsTo(t, citizen.phone);
    expect(sms).toHaveLength(2);
  });

  it("assigns to another agent and back to no one, lists agents, closes, and shows a picture (logged)", async () => {
    const { conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    const admin = await helpStaff(t, "admin");
    const assigned = await call(t, "POST", `/api/staff/help/chat/${conversation.id}/assign`, agent.cookie, {
      staffId: admin.id,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().conversation.assignedStaff.id).toBe(admin.id);
    const none = await call(t, "POST", `/api/staff/help/chat/${conversation.id}/assign`, agent.cookie, {
      staffId: null,
    });
    expect(none.json().conversation.assignedStaff).toBeNull();
    const agents = (await call(t, "GET", "/api/staff/help/agents", agent.cookie)).json().items;
    expect(agents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: admin.id, role: "admin", online: false }),
        expect.objectContaining({ id: agent.id, role: "support" }),
      ]),
    );

    const sent = await postStaffMessage(t, agent.cookie, conversation.id, { image: await testJpeg() });
    const message = sent.json().conversation.messages.at(-1);
    expect(message.imageUrl).toBe(`/api/staff/help/chat/${conversation.id}/messages/${message.id}/image`);
    const image = await call(t, "GET", message.imageUrl, agent.cookie);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/jpeg");
    const logged = await t.db.query(
      "SELECT 1 FROM staff_access_log WHERE staff_id = $1 AND what = 'document:chat_image'",
      [agent.id],
    );
    expect(logged.length).toBe(1);

    const closed = await call(t, "POST", `/api/staff/help/chat/${conversation.id}/close`, agent.cookie);
    expect(closed.json().conversation.status).toBe("closed");
    const closedList = await call(t, "GET", "/api/staff/help/chat?status=closed", agent.cookie);
    expect(closedList.json().items.map((i: { id: string }) => i.id)).toContain(conversation.id);
  });

  it("logs opening a conversation, not each action on it (the citizen sees one row per look)", async () => {
    const { citizen, conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    const url = `/api/staff/help/chat/${conversation.id}`;
    const logRows = async () =>
      (
        await t.db.query("SELECT what FROM staff_access_log WHERE person_id = $1 AND staff_id = $2", [
          citizen.id,
          agent.id,
        ])
      ).length;
    expect((await call(t, "GET", url, agent.cookie)).statusCode).toBe(200);
    expect(await logRows()).toBe(1);
    expect((await call(t, "POST", `${url}/read`, agent.cookie)).statusCode).toBe(200);
    expect((await call(t, "POST", `${url}/assign`, agent.cookie, { staffId: agent.id })).statusCode).toBe(
      200,
    );
    expect((await postStaffMessage(t, agent.cookie, conversation.id, { body: "Vâng" })).statusCode).toBe(201);
    const closed = await call(t, "POST", `${url}/close`, agent.cookie);
    expect(closed.json().conversation.person.name).toBe("Trần Thị Thu Hằng");
    expect(await logRows()).toBe(1);
    expect((await call(t, "GET", url, agent.cookie)).statusCode).toBe(200);
    expect(await logRows()).toBe(2);
  });

  it("masks numbers a citizen typed in the inbox preview, not in the opened conversation", async () => {
    const body = "CCCD của tôi là 001 234 567 890, sđt 0912345678, đã đóng 1.500.000 đồng";
    const { conversation } = await citizenWithChat(t, body);
    const agent = await helpStaff(t);
    const inbox = await call(t, "GET", "/api/staff/help/chat", agent.cookie);
    const item = inbox.json().items.find((i: { id: string }) => i.id === conversation.id);
    expect(item.lastMessagePreview).toBe(
      "CCCD của tôi là *** *** *** ***, sđt **********, đã đóng 1.500.000 đồng",
    );
    const opened = await call(t, "GET", `/api/staff/help/chat/${conversation.id}`, agent.cookie);
    expect(opened.json().conversation.messages[0].body).toBe(body);
  });
});
