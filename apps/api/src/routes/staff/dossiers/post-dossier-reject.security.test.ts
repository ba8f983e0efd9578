import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import {
  createTestDossier,
  dossierStatus,
  signedInStaff,
  type TestDossier,
} from "../../../testing/dossier-fixture";

// Only reviewers and admins of the dossier's own office decide.
describe.each(testDatabases)("POST /api/staff/dossiers/:id/reject access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let dossier: TestDossier;
  const reject = (cookie?: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier.id}/reject`,
      headers: cookie ? { cookie } : {},
      payload: { reason: "blurry_photo" },
    });
  const stillPending = async () => {
    expect(await dossierStatus(t, dossier.id)).toBe("pending");
    expect(await t.db.query("SELECT 1 FROM outbox")).toEqual([]);
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
    dossier = await createTestDossier(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers", async () => {
    expect((await reject()).statusCode).toBe(401);
    await stillPending();
  });

  it("refuses support agents and data officers of the same office", async () => {
    const support = await signedInStaff(t, "ho.tro.tu.choi", { role: "support" });
    const officer = await signedInStaff(t, "du.lieu.tu.choi", { role: "data_officer" });
    expect((await reject(support.cookie)).statusCode).toBe(403);
    expect((await reject(officer.cookie)).statusCode).toBe(403);
    await stillPending();
  });

  it("answers another office's reviewer and admin 404", async () => {
    const reviewer = await signedInStaff(t, "ha.noi.tu.choi", { officeCode: "BHXH-01" });
    const admin = await signedInStaff(t, "ha.noi.quan.tri", { officeCode: "BHXH-01", role: "admin" });
    expect((await reject(reviewer.cookie)).statusCode).toBe(404);
    expect((await reject(admin.cookie)).statusCode).toBe(404);
    await stillPending();
  });
});
