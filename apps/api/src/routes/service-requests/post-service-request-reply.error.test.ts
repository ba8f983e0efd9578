import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { citizenWithRequest, officeStaff, walk, writtenCounts } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests/:id/reply errors on $kind", (database) => {
  let t: TestApp;
  let reviewer: { cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const reply = (id: string, cookie: string, payload: object) =>
    t.app.inject({ method: "POST", url: `/api/service-requests/${id}/reply`, headers: { cookie }, payload });

  it("refuses a reply while no information was asked for (409), changing nothing", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    const before = await writtenCounts(t);
    const res = await reply(request.id, cookie, { message: "Xin chào" });
    expect(res.statusCode).toBe(409);
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("needs a message, and checks corrected answers per field", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, [
      { action: "receive" },
      { action: "start" },
      { action: "request_info", note: "?" },
    ]);
    expectFieldErrors(await reply(request.id, cookie, { message: " " }), [
      {
        field: "body.message",
        code: "too_small",
        vi: "Vui lòng nhập nội dung trả lời",
        en: "Please write your reply",
      },
    ]);
    const before = await writtenCounts(t);
    const bad = await reply(request.id, cookie, { message: "Sửa", answers: { reason: "stolen" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.answers.reason"]);
    expect(await writtenCounts(t)).toEqual(before);
  });
});
