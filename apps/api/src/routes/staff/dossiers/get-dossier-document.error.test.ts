import { rm } from "node:fs/promises";
import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";

describe.each(testDatabases)(
  "GET /api/staff/dossiers/:id/documents/:documentId errors on $kind",
  (database) => {
    let t: TestAppWithDocuments;
    let cookie: string;
    const photo = (dossierId: string, documentId: string) =>
      t.app.inject({
        method: "GET",
        url: `/api/staff/dossiers/${dossierId}/documents/${documentId}`,
        headers: { cookie },
      });
    beforeAll(async () => {
      t = await buildTestApp(database);
      cookie = (await signedInStaff(t, "loi.anh")).cookie;
    });
    afterAll(() => t.close());

    it("answers 404 for a document of another dossier, even of the same office", async () => {
      const mine = await createTestDossier(t);
      const other = await createTestDossier(t);
      const res = await photo(mine.id, other.documents.id_front as string);
      expect(res.statusCode).toBe(404);
      expect(res.json().detail.en).toBe("This image is not among your office's dossiers.");
    });

    it("answers 404 for an unknown document and 400 for a malformed id", async () => {
      const dossier = await createTestDossier(t);
      expect((await photo(dossier.id, uuidv7())).statusCode).toBe(404);
      expect((await photo(dossier.id, "../../etc/passwd")).statusCode).toBe(404);
      expect((await photo(dossier.id, "not-a-uuid")).statusCode).toBe(400);
    });

    it("answers 404, not 500, when the stored file is gone, and logs no read", async () => {
      const dossier = await createTestDossier(t);
      const documentId = dossier.documents.id_back as string;
      const shard = documentId.slice(-4);
      await rm(`${t.documentsDir}/${shard.slice(0, 2)}/${shard.slice(2)}/${documentId}`);
      expect((await photo(dossier.id, documentId)).statusCode).toBe(404);
      expect(await accessLogOf(t, dossier.person.id)).toEqual([]);
    });
  },
);
