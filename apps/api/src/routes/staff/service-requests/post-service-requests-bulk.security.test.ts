import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  citizenWithRequest,
  officeStaff,
  writtenCounts,
} from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/staff/service-requests/bulk access on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lets only reviewers and admins of the request's office act: others 401, 403, or refused as unknown", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    const payload = { ids: [request.id], action: "receive" };
    const bulk = (headers: Record<string, string>) =>
      t.app.inject({ method: "POST", url: "/api/staff/service-requests/bulk", headers, payload });
    const before = await writtenCounts(t);
    expect((await bulk({})).statusCode).toBe(401);
    expect((await bulk({ cookie })).statusCode).toBe(401);
    for (const role of ["support", "data_officer"] as const) {
      expect((await bulk({ cookie: (await officeStaff(t, role)).cookie })).statusCode).toBe(403);
    }
    const other = await bulk({ cookie: (await officeStaff(t, "admin", "BHXH-01")).cookie });
    expect(other.json().done).toEqual([]);
    expect(other.json().refused[0].reason.en).toBe("This request is not among your office's requests.");
    expect(await writtenCounts(t)).toEqual(before);
  });
});
