import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";

// Readers of the own office only: reviewer, support and admin; never anonymous, never a data officer.
describe.each(testDatabases)("GET /api/staff/dossiers access on $kind", (database) => {
  let t: TestAppWithDocuments;
  const list = (cookie?: string) =>
    t.app.inject({ method: "GET", url: "/api/staff/dossiers", headers: cookie ? { cookie } : {} });
  beforeAll(async () => {
    t = await buildTestApp(database);
    await createTestDossier(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers", async () => {
    expect((await list()).statusCode).toBe(401);
  });

  it("refuses data officers", async () => {
    const officer = await signedInStaff(t, "du.lieu.hang", { role: "data_officer" });
    const res = await list(officer.cookie);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain("HS");
  });

  it("shows another office's staff none of this office's dossiers", async () => {
    const other = await signedInStaff(t, "ha.noi.hang", { officeCode: "BHXH-01" });
    const res = await list(other.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], total: 0 });
  });
});
