import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  citizenWithRequest,
  officeStaff,
  staffAction,
  writtenCounts,
} from "../../service-requests/service-request-fixture";

// Only reviewers and admins of the request's own office act on it.
describe.each(testDatabases)("POST /api/staff/service-requests/:id/actions access on $kind", (database) => {
  let t: TestApp;
  let request: { id: string; number: string };
  let citizenCookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    const filed = await citizenWithRequest(t);
    request = filed.request;
    citizenCookie = filed.cookie;
  });
  afterAll(() => t.close());

  const unchanged = async (before: unknown) => {
    expect(await writtenCounts(t)).toEqual(before);
    const [row] = await t.db.query<{ status: string }>("SELECT status FROM service_request WHERE id = $1", [
      request.id,
    ]);
    expect(row?.status).toBe("submitted");
  };

  it("refuses anonymous callers and citizens (401)", async () => {
    const before = await writtenCounts(t);
    for (const cookie of [undefined, citizenCookie]) {
      expect((await staffAction(t, cookie, request.id, { action: "receive" })).statusCode).toBe(401);
    }
    await unchanged(before);
  });

  it("refuses support agents and data officers of the same office (403)", async () => {
    const before = await writtenCounts(t);
    for (const role of ["support", "data_officer"] as const) {
      const staff = await officeStaff(t, role);
      const res = await staffAction(t, staff.cookie, request.id, { action: "receive" });
      expect(res.statusCode).toBe(403);
    }
    await unchanged(before);
  });

  it("answers another office's reviewer and admin 404, as for a request that does not exist", async () => {
    const before = await writtenCounts(t);
    for (const role of ["reviewer", "admin"] as const) {
      const staff = await officeStaff(t, role, "BHXH-01");
      const res = await staffAction(t, staff.cookie, request.id, { action: "receive" });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(request.number);
    }
    await unchanged(before);
  });
});
