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

describe.each(testDatabases)("staff help chat errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses a message to a closed conversation (409), an empty one (400), a bad assignee and query (400)", async () => {
    const { conversation } = await citizenWithChat(t);
    const agent = await helpStaff(t);
    const empty = await postStaffMessage(t, agent.cookie, conversation.id, { body: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.body"]);
    const reviewer = await helpStaff(t, "reviewer");
    const badAssignee = await call(
      t,
      "POST",
      `/api/staff/help/chat/${conversation.id}/assign`,
      agent.cookie,
      {
        staffId: reviewer.id,
      },
    );
    expect(badAssignee.statusCode).toBe(400);
    expect(badAssignee.json().errors[0].field).toBe("body.staffId");
    expect((await call(t, "GET", "/api/staff/help/chat?status=nope", agent.cookie)).statusCode).toBe(400);
    expect((await call(t, "GET", "/api/staff/help/chat/not-a-uuid", agent.cookie)).statusCode).toBe(400);
    await call(t, "POST", `/api/staff/help/chat/${conversation.id}/close`, agent.cookie);
    const before = await chatCounts(t);
    const late = await postStaffMessage(t, agent.cookie, conversation.id, { body: "Muộn rồi" });
    expect(late.statusCode).toBe(409);
    expect(await chatCounts(t)).toEqual(before);
  });
});
