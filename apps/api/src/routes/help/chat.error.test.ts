import { testDatabases } from "@ansinh/db";
import { helpTextLimits } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { call, chatCounts, citizenOfHcmc, postCitizenMessage } from "../../testing/help-chat-fixture";

describe.each(testDatabases)("citizen help chat errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("reports every field problem at once and stores nothing", async () => {
    const { cookie } = await citizenOfHcmc(t);
    const before = await chatCounts(t);
    const bad = await postCitizenMessage(t, cookie, {
      clientKey: "short",
      body: "a".repeat(helpTextLimits.chatMessage + 1),
      image: Buffer.from("not a picture at all"),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["body.clientKey", "client_key.invalid"],
      ["body.body", "body.too_long"],
      ["body.image", "not_an_image"],
    ]);
    const empty = await postCitizenMessage(t, cookie, { body: "   " });
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ field: "body.body", code: "body.required" }),
    ]);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/help/chat/messages",
      headers: { cookie },
      payload: { body: "json" },
    });
    expect(json.statusCode).toBe(400);
    expect(await chatCounts(t)).toEqual(before);
  });

  it("takes a message exactly as long as the apps allow (the domain's limit)", async () => {
    const { cookie } = await citizenOfHcmc(t);
    const longest = await postCitizenMessage(t, cookie, { body: "ă".repeat(helpTextLimits.chatMessage) });
    expect(longest.statusCode).toBe(201);
  });

  it("answers 404 to read and close without any conversation, and to a bad image id 400", async () => {
    const { cookie } = await citizenOfHcmc(t);
    expect((await call(t, "POST", "/api/help/chat/read", cookie)).statusCode).toBe(404);
    expect((await call(t, "POST", "/api/help/chat/close", cookie)).statusCode).toBe(404);
    expect((await call(t, "GET", "/api/help/chat/messages/nope/image", cookie)).statusCode).toBe(400);
    expect(
      (await call(t, "GET", "/api/help/chat/messages/0190b6a4-0000-7000-8000-000000000000/image", cookie))
        .statusCode,
    ).toBe(404);
  });
});
