import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, signedInStaff } from "../../../testing/dossier-fixture";
import { createRecordsCitizen } from "../../../testing/records-fixture";

// Reviewers, data officers and admins see the reports of their own province only.
describe.each(testDatabases)("GET /api/staff/visit-reports access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let owner: Awaited<ReturnType<typeof createRecordsCitizen>>;
  const list = (cookie?: string) =>
    t.app.inject({ method: "GET", url: "/api/staff/visit-reports", headers: cookie ? { cookie } : {} });
  beforeAll(async () => {
    t = await buildTestApp(database);
    owner = await createRecordsCitizen(t);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/me/visits/${owner.known.visits.R51}/report`,
      headers: { cookie: owner.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers and citizens", async () => {
    expect((await list()).statusCode).toBe(401);
    expect((await list(owner.cookie)).statusCode).toBe(401);
  });

  it("refuses support agents", async () => {
    const support = await signedInStaff(t, "ho.tro.phan.anh", { role: "support" });
    expect((await list(support.cookie)).statusCode).toBe(403);
  });

  it("shows another province's staff none of this province's reports", async () => {
    const hanoi = await signedInStaff(t, "du.lieu.ha.noi", { role: "data_officer", officeCode: "BHXH-01" });
    const res = await list(hanoi.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], total: 0 });
    expect(res.body).not.toContain(owner.citizen.bhxhNumber);
    expect(await accessLogOf(t, owner.citizen.id)).toEqual([]);
  });

  it("shows the province's reviewers, data officers and admins the report", async () => {
    for (const role of ["reviewer", "data_officer", "admin"] as const) {
      const staff = await signedInStaff(t, `phan.anh.${role}`, { role, officeCode: "BHXH-79-02" });
      const res = await list(staff.cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(1);
    }
    expect(await accessLogOf(t, owner.citizen.id)).toHaveLength(3);
  });
});
