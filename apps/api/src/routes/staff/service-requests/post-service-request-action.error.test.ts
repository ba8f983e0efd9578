import { randomUUID } from "node:crypto";
import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { createBareCitizen, createTestFamily } from "../../../testing/records-fixture";
import {
  citizenWithRequest,
  officeStaff,
  postRequest,
  staffAction,
  walk,
  writtenCounts,
} from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/staff/service-requests/:id/actions errors on $kind", (database) => {
  let t: TestApp;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const statusOf = async (id: string) =>
    (await t.db.query<{ status: string }>("SELECT status FROM service_request WHERE id = $1", [id]))[0]
      ?.status;

  it("needs a note to reject or to ask for information", async () => {
    const { request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, [{ action: "receive" }, { action: "start" }]);
    expectFieldErrors(await staffAction(t, reviewer.cookie, request.id, { action: "reject", note: "  " }), [
      {
        field: "body.note",
        code: "custom",
        vi: "Nhập lý do từ chối để người dân biết",
        en: "Write the reason for the rejection, for the citizen",
      },
    ]);
    expectFieldErrors(await staffAction(t, reviewer.cookie, request.id, { action: "request_info" }), [
      {
        field: "body.note",
        code: "custom",
        vi: "Nhập thông tin cần bổ sung",
        en: "Write what information is needed",
      },
    ]);
    const odd = await staffAction(t, reviewer.cookie, request.id, { action: "approve", status: "completed" });
    expect(odd.statusCode).toBe(400);
    expect(await statusOf(request.id)).toBe("processing");
  });

  it("refuses transitions the request's status does not allow (409), changing nothing", async () => {
    const { request } = await citizenWithRequest(t);
    for (const action of ["start", "complete", "request_info"]) {
      const res = await staffAction(t, reviewer.cookie, request.id, { action, note: "x" });
      expect(res.statusCode).toBe(409);
      expect(res.json().detail.vi).toContain(`Hồ sơ ${request.number} đã gửi, chờ tiếp nhận`);
    }
    await walk(t, reviewer.cookie, request.id, [{ action: "receive" }]);
    const before = await writtenCounts(t);
    expect((await staffAction(t, reviewer.cookie, request.id, { action: "receive" })).statusCode).toBe(409);
    await walk(t, reviewer.cookie, request.id, [
      { action: "start" },
      { action: "reject", note: "Không đủ điều kiện" },
    ]);
    for (const action of ["complete", "start", "receive", "assign"]) {
      expect((await staffAction(t, reviewer.cookie, request.id, { action })).statusCode).toBe(409);
    }
    expect((await writtenCounts(t))?.events).toBe((before?.events ?? 0) + 2);
  });

  it("lets one of two simultaneous receipts through and answers the other 409, with one event and one SMS", async () => {
    const { citizen, request } = await citizenWithRequest(t);
    const colleague = await officeStaff(t);
    const answers = await Promise.all([
      staffAction(t, reviewer.cookie, request.id, { action: "receive" }),
      staffAction(t, colleague.cookie, request.id, { action: "receive" }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const events = await t.db.query("SELECT 1 FROM service_request_event WHERE request_id = $1", [
      request.id,
    ]);
    expect(events).toHaveLength(2);
    const sms = await t.db.query("SELECT 1 FROM outbox WHERE payload->>'to' = $1", [citizen.phone]);
    expect(sms).toHaveLength(2);
  });

  it("leaves paid services to their payment (409 for status actions)", async () => {
    const { parent } = await createTestFamily(t);
    const filed = await postRequest(t, parent.cookie, {
      serviceCode: "household-renewal",
      answers: { months: 12, consent: true },
      submit: true,
      submissionKey: randomUUID(),
    });
    expect(filed.statusCode).toBe(201);
    const res = await staffAction(t, reviewer.cookie, filed.json().id, { action: "receive" });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.en).toContain("paid service");
    expect(await statusOf(filed.json().id)).toBe("submitted");
  });

  it("refuses, on its field, an assignee of another office or one who does not handle requests", async () => {
    const { request } = await citizenWithRequest(t);
    const hanoi = await officeStaff(t, "reviewer", "BHXH-01");
    const support = await officeStaff(t, "support");
    for (const assignee of [hanoi, support]) {
      expectFieldErrors(
        await staffAction(t, reviewer.cookie, request.id, { action: "assign", assigneeId: assignee.id }),
        [
          {
            field: "body.assigneeId",
            code: "assignee.not_in_office",
            vi: "Chỉ giao hồ sơ cho cán bộ giải quyết hồ sơ của cơ quan bạn",
            en: "Requests can only be assigned to staff of your office who handle requests",
          },
        ],
      );
    }
  });

  it("rolls the completion back when the card cannot be reissued (no valid card)", async () => {
    const { cookie } = await createBareCitizen(t);
    const filed = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: { reason: "lost" },
      submit: true,
      submissionKey: randomUUID(),
    });
    const id = filed.json().id;
    await walk(t, reviewer.cookie, id, [{ action: "receive" }, { action: "start" }]);
    const before = await writtenCounts(t);
    const res = await staffAction(t, reviewer.cookie, id, { action: "complete" });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.en).toContain("no valid health insurance card");
    expect(await statusOf(id)).toBe("processing");
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("answers 404 for an unknown request and 400 for an id that is not a UUID", async () => {
    expect((await staffAction(t, reviewer.cookie, uuidv7(), { action: "receive" })).statusCode).toBe(404);
    const res = await staffAction(t, reviewer.cookie, "DV26'--", { action: "receive" });
    expectFieldErrors(res, [
      {
        field: "params.id",
        code: "invalid_format",
        vi: "Mã hồ sơ không hợp lệ",
        en: "The request id is not valid",
      },
    ]);
  });
});
