import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithRequest, officeStaff } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests access on $kind", (database) => {
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

  const queue = (cookie?: string) =>
    t.app.inject({ method: "GET", url: "/api/staff/service-requests", headers: cookie ? { cookie } : {} });

  it("refuses anonymous callers and citizens (401) and data officers (403)", async () => {
    expect((await queue()).statusCode).toBe(401);
    expect((await queue(citizenCookie)).statusCode).toBe(401);
    expect((await queue((await officeStaff(t, "data_officer")).cookie)).statusCode).toBe(403);
  });

  it("lets support agents of the office read the queue", async () => {
    const res = await queue((await officeStaff(t, "support")).cookie);
    expect(res.json().items.map((i: { id: string }) => i.id)).toContain(request.id);
  });

  it("shows another office nothing of this office's requests", async () => {
    const res = await queue((await officeStaff(t, "admin", "BHXH-01")).cookie);
    expect(res.json()).toMatchObject({ items: [], total: 0 });
    expect(res.body).not.toContain(request.number);
  });
});
