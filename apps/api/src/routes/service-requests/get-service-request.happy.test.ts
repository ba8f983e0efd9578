import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenWithRequest, officeStaff, walk } from "./service-request-fixture";

describe.each(testDatabases)("GET /api/service-requests/:id on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the owner the request, its timeline without staff names, and an overdue flag", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    const reviewer = await officeStaff(t);
    await walk(t, reviewer.cookie, request.id, [{ action: "receive" }]);
    await t.db.query("UPDATE service_request SET due_on = current_date - 3 WHERE id = $1", [request.id]);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/service-requests/${request.id}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: request.id,
      number: request.number,
      status: "received",
      overdue: true,
    });
    expect(res.json().events.map((e: { action: string }) => e.action)).toEqual(["submitted", "receive"]);
    expect(res.body).not.toContain("Kiểm Thử");
  });
});
