import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithRequest, officeStaff, staffAction } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests on $kind", (database) => {
  let t: TestApp;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const queue = (query = "", cookie = reviewer.cookie) =>
    t.app.inject({ method: "GET", url: `/api/staff/service-requests${query}`, headers: { cookie } });

  it("lists the office's requests, the nearest deadline first, names masked, late ones flagged", async () => {
    const late = await citizenWithRequest(t);
    const later = await citizenWithRequest(t);
    await t.db.query("UPDATE service_request SET due_on = current_date - 10 WHERE id = $1", [
      late.request.id,
    ]);
    const res = await queue();
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(late.request.id)).toBeLessThan(ids.indexOf(later.request.id));
    const first = res.json().items[0];
    expect(first).toMatchObject({
      id: late.request.id,
      number: late.request.number,
      status: "submitted",
      maskedName: "Trần T** T** H***",
      overdue: true,
      assignedStaff: null,
    });
    expect(first.workingDaysLeft).toBeLessThan(0);
    expect(res.body).not.toContain("Trần Thị Thu Hằng");
    expect(res.json()).toMatchObject({ page: 1, pageSize: 20 });
  });

  it("lists whom requests may be assigned to: the office's reviewers and admins only", async () => {
    const support = await officeStaff(t, "support");
    const hanoi = await officeStaff(t, "admin", "BHXH-01");
    const ids = (await queue()).json().assignees.map((a: { id: string }) => a.id);
    expect(ids).toContain(reviewer.id);
    expect(ids).not.toContain(support.id);
    expect(ids).not.toContain(hanoi.id);
  });

  it("filters by status, service, assignment and overdue", async () => {
    const mine = await citizenWithRequest(t);
    await staffAction(t, reviewer.cookie, mine.request.id, { action: "assign" });
    await staffAction(t, reviewer.cookie, mine.request.id, { action: "receive" });
    const ids = async (query: string) =>
      (await queue(query)).json().items.map((i: { id: string }) => i.id) as string[];
    expect(await ids("?assigned=me")).toEqual([mine.request.id]);
    expect(await ids("?assigned=none")).not.toContain(mine.request.id);
    expect(await ids("?status=received")).toEqual([mine.request.id]);
    expect(await ids("?service=reissue-card")).toEqual([]);
    expect(await ids("?overdue=true")).not.toContain(mine.request.id);
    expect(await ids("?overdue=true&status=submitted")).toHaveLength(1);
  });
});
