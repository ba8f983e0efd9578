import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithRequest, officeStaff } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests/:id access on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows a request only to readers of its own office, and logs none of the refused reads", async () => {
    const { citizen, cookie, request } = await citizenWithRequest(t);
    const url = `/api/staff/service-requests/${request.id}`;
    const get = (headers: Record<string, string>) => t.app.inject({ method: "GET", url, headers });
    expect((await get({})).statusCode).toBe(401);
    expect((await get({ cookie })).statusCode).toBe(401);
    expect((await get({ cookie: (await officeStaff(t, "data_officer")).cookie })).statusCode).toBe(403);
    const other = await get({ cookie: (await officeStaff(t, "reviewer", "BHXH-01")).cookie });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(citizen.bhxhNumber);
    expect(await accessLogOf(t, citizen.id)).toEqual([]);
  });
});
