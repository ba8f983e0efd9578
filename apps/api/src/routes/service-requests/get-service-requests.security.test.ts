import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { citizenWithRequest, officeStaff } from "./service-request-fixture";

describe.each(testDatabases)("GET /api/service-requests security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists only the caller's own requests; anonymous and staff get 401", async () => {
    const { request } = await citizenWithRequest(t);
    const other = await createBareCitizen(t);
    const staff = await officeStaff(t);
    const url = "/api/service-requests";
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url, headers: { cookie: staff.cookie } })).statusCode).toBe(
      401,
    );
    const res = await t.app.inject({ method: "GET", url, headers: { cookie: other.cookie } });
    expect(res.json().items).toEqual([]);
    expect(res.body).not.toContain(request.number);
  });
});
