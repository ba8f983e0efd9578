import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithRequest, officeStaff, walk } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests/:id on $kind", (database) => {
  let t: TestApp;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const view = (id: string, cookie: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/staff/service-requests/${id}`,
      headers: { cookie, "x-request-id": `req-${id.slice(-6)}` },
    });

  it("shows the request with the person's details, the timeline with who acted and the actions open", async () => {
    const { citizen, request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, [{ action: "receive" }]);
    const res = await view(request.id, reviewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: request.id,
      number: request.number,
      status: "received",
      answers: { reason: "lost" },
      person: { bhxhNumber: citizen.bhxhNumber, fullName: "Trần Thị Thu Hằng", phone: citizen.phone },
      actions: ["start", "assign"],
      assignedStaffId: null,
    });
    expect(res.json().events.at(-1)).toMatchObject({
      action: "receive",
      actor: "staff",
      staffName: "Nguyễn Thị Kiểm Thử",
    });
  });

  it("offers the office's reviewers and admins as assignees, and names the one it is assigned to", async () => {
    const { request } = await citizenWithRequest(t);
    const admin = await officeStaff(t, "admin");
    const support = await officeStaff(t, "support");
    const hanoi = await officeStaff(t, "reviewer", "BHXH-01");
    await walk(t, reviewer.cookie, request.id, [{ action: "assign", assigneeId: admin.id }]);
    const body = (await view(request.id, reviewer.cookie)).json();
    const ids = body.assignees.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([reviewer.id, admin.id]));
    expect(ids).not.toContain(support.id);
    expect(ids).not.toContain(hanoi.id);
    expect(body.assignedStaff).toEqual({ id: admin.id, fullName: expect.any(String) });
    expect(body.assignedStaffId).toBe(admin.id);
  });

  it("logs each read in the person's access log, with why in words the citizen understands", async () => {
    const { citizen, request } = await citizenWithRequest(t);
    const support = await officeStaff(t, "support");
    await view(request.id, reviewer.cookie);
    const res = await view(request.id, support.cookie);
    expect(res.json().actions).toEqual([]);
    expect(await accessLogOf(t, citizen.id)).toEqual([
      {
        staffId: reviewer.id,
        officeCode: "BHXH-79",
        what: "service_request",
        why: `Giải quyết hồ sơ dịch vụ công ${request.number}`,
        requestId: `req-${request.id.slice(-6)}`,
      },
      {
        staffId: support.id,
        officeCode: "BHXH-79",
        what: "service_request",
        why: `Hỗ trợ người dân về hồ sơ dịch vụ công ${request.number}`,
        requestId: `req-${request.id.slice(-6)}`,
      },
    ]);
  });
});
