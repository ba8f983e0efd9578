import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { citizenWithRequest, officeStaff, walk, writtenCounts } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests/:id/reply security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lets nobody but the owner reply: anonymous and staff 401, another citizen 404", async () => {
    const { request } = await citizenWithRequest(t);
    const reviewer = await officeStaff(t);
    await walk(t, reviewer.cookie, request.id, [
      { action: "receive" },
      { action: "start" },
      { action: "request_info", note: "?" },
    ]);
    const other = await createBareCitizen(t);
    const before = await writtenCounts(t);
    const url = `/api/service-requests/${request.id}/reply`;
    const payload = { message: "Tôi trả lời thay" };
    expect((await t.app.inject({ method: "POST", url, payload })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: "POST", url, payload, headers: { cookie: reviewer.cookie } })).statusCode,
    ).toBe(401);
    const res = await t.app.inject({ method: "POST", url, payload, headers: { cookie: other.cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(request.number);
    expect(await writtenCounts(t)).toEqual(before);
  });
});
