import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import {
  accessLogOf,
  createTestDossier,
  signedInStaff,
  type TestDossier,
} from "../../../testing/dossier-fixture";

// Photos are shown only to readers of the routed office (issue 3, point 10), and each view is logged.
describe.each(testDatabases)(
  "GET /api/staff/dossiers/:id/documents/:documentId access on $kind",
  (database) => {
    let t: TestAppWithDocuments;
    let dossier: TestDossier;
    const photo = (cookie?: string) =>
      t.app.inject({
        method: "GET",
        url: `/api/staff/dossiers/${dossier.id}/documents/${dossier.documents.id_front}`,
        headers: cookie ? { cookie } : {},
      });
    beforeAll(async () => {
      t = await buildTestApp(database);
      dossier = await createTestDossier(t);
    });
    afterAll(() => t.close());

    it("refuses anonymous callers", async () => {
      expect((await photo()).statusCode).toBe(401);
    });

    it("refuses data officers of the same office", async () => {
      const officer = await signedInStaff(t, "du.lieu.anh", { role: "data_officer" });
      expect((await photo(officer.cookie)).statusCode).toBe(403);
    });

    it("answers another office's reviewer 404 and sends no image", async () => {
      const other = await signedInStaff(t, "ha.noi.anh", { officeCode: "BHXH-01" });
      const res = await photo(other.cookie);
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    });

    it("logs none of the refused reads", async () => {
      expect(await accessLogOf(t, dossier.person.id)).toEqual([]);
    });
  },
);
