import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { citizenWithRequest, officeStaff, postRequest, smsTo, walk } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests/:id/reply on $kind", (database) => {
  let t: TestApp;
  let reviewer: { cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const reply = (id: string, cookie: string, payload: object) =>
    t.app.inject({ method: "POST", url: `/api/service-requests/${id}/reply`, headers: { cookie }, payload });

  it("sends the citizen's answer and puts the request back in the office's queue as received", async () => {
    const { citizen, cookie, request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, [
      { action: "receive" },
      { action: "start" },
      { action: "request_info", note: "Sổ bị mất ở đâu?" },
    ]);
    const res = await reply(request.id, cookie, { message: "  Mất khi chuyển nhà  " });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "received", infoRequest: "Sổ bị mất ở đâu?" });
    expect(res.json().events.at(-1)).toMatchObject({
      actor: "citizen",
      action: "citizen_reply",
      fromStatus: "needs_info",
      toStatus: "received",
      note: "Mất khi chuyển nhà",
    });
    const queue = await t.app.inject({
      method: "GET",
      url: "/api/staff/service-requests?status=received",
      headers: { cookie: reviewer.cookie },
    });
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(request.id);
    expect(await smsTo(t, citizen.phone)).toHaveLength(5);
  });

  it("takes corrected answers with the reply, checked as a complete submission", async () => {
    const { cookie } = await createBareCitizen(t);
    const filed = await postRequest(t, cookie, {
      serviceCode: "reissue-book",
      answers: { reason: "lost" },
      submit: true,
      submissionKey: randomUUID(),
    });
    const id = filed.json().id;
    await walk(t, reviewer.cookie, id, [
      { action: "receive" },
      { action: "start" },
      { action: "request_info", note: "Lý do?" },
    ]);
    const res = await reply(id, cookie, {
      message: "Cần sửa thông tin",
      answers: { reason: "change_info", changeDetails: "Sai ngày sinh trên sổ" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().answers).toEqual({ reason: "change_info", changeDetails: "Sai ngày sinh trên sổ" });
  });
});
