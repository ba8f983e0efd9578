import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithRequest, officeStaff, walk } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/staff/service-requests/bulk on $kind", (database) => {
  let t: TestApp;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const bulk = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/staff/service-requests/bulk",
      headers: { cookie: reviewer.cookie },
      payload,
    });

  it("receives many requests at once and lists a refused one with its reason", async () => {
    const a = await citizenWithRequest(t);
    const b = await citizenWithRequest(t);
    const c = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, c.request.id, [{ action: "receive" }]);
    const res = await bulk({ ids: [a.request.id, b.request.id, c.request.id], action: "receive" });
    expect(res.statusCode).toBe(200);
    expect(res.json().done).toEqual([a.request.id, b.request.id]);
    expect(res.json().refused).toEqual([
      {
        id: c.request.id,
        reason: {
          vi: `Hồ sơ ${c.request.number} đã được tiếp nhận; không thể thực hiện thao tác này. Vui lòng tải lại trang.`,
          en: `Request ${c.request.number} has been received; this cannot be done now. Please reload the page.`,
        },
      },
    ]);
    const rows = await t.db.query<{ status: string }>(
      "SELECT status FROM service_request WHERE id = ANY($1::uuid[])",
      [[a.request.id, b.request.id]],
    );
    expect(rows.map((r) => r.status)).toEqual(["received", "received"]);
  });

  it("assigns many requests to a colleague", async () => {
    const a = await citizenWithRequest(t);
    const colleague = await officeStaff(t);
    const res = await bulk({ ids: [a.request.id], action: "assign", assigneeId: colleague.id });
    expect(res.json()).toEqual({ done: [a.request.id], refused: [] });
  });
});
