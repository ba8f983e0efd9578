import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  call,
  chatCounts,
  citizenOfHcmc,
  citizenWithChat,
  helpStaff,
  postCitizenMessage,
} from "../../testing/help-chat-fixture";
import { testJpeg } from "../../testing/registration-fixture";

describe.each(testDatabases)("citizen help chat security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses the anonymous and staff (401), and shows another citizen nothing of it (404 / own data)", async () => {
    const { cookie } = await citizenOfHcmc(t);
    const sent = await postCitizenMessage(t, cookie, { body: "Riêng tư", image: await testJpeg() });
    const { id, number, messages } = sent.json().conversation;
    const agent = await helpStaff(t);
    const before = await chatCounts(t);
    for (const [method, url] of [
      ["GET", "/api/help/contact"],
      ["GET", "/api/help/chat"],
      ["POST", "/api/help/chat/read"],
      ["POST", "/api/help/chat/close"],
      ["GET", messages[0].imageUrl],
    ] as const) {
      expect((await call(t, method, url)).statusCode, url).toBe(401);
      expect((await call(t, method, url, agent.cookie)).statusCode, url).toBe(401);
    }
    expect((await postCitizenMessage(t, undefined, { body: "x" })).statusCode).toBe(401);
    expect(await chatCounts(t)).toEqual(before);

    const other = await citizenWithChat(t);
    const image = await call(t, "GET", messages[0].imageUrl, other.cookie);
    expect(image.statusCode).toBe(404);
    const theirs = (await call(t, "GET", "/api/help/chat", other.cookie)).json();
    expect(theirs.conversation.id).not.toBe(id);
    expect(JSON.stringify(theirs)).not.toContain(number);
    // The other citizen's close ends their own conversation, never this one.
    await call(t, "POST", "/api/help/chat/close", other.cookie);
    expect((await call(t, "GET", "/api/help/chat", cookie)).json().conversation.status).toBe("open");
  });
});
