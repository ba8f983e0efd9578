import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";

describe.each(testDatabases)("GET /api/staff/dossiers/:id/documents/:documentId on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await signedInStaff(t, "xem.anh");
  });
  afterAll(() => t.close());

  it("streams the decrypted photo inline, never cached", async () => {
    const dossier = await createTestDossier(t);
    const documentId = dossier.documents.id_front as string;
    const res = await t.app.inject({
      method: "GET",
      url: `/api/staff/dossiers/${dossier.id}/documents/${documentId}`,
      headers: { cookie: reviewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/jpeg");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.headers["content-disposition"]).toBe("inline");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.rawPayload.equals(dossier.images.get(documentId) as Buffer)).toBe(true);
  });

  it("logs each photo read with the kind of document", async () => {
    const dossier = await createTestDossier(t);
    for (const kind of ["id_front", "id_back"]) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/staff/dossiers/${dossier.id}/documents/${dossier.documents[kind]}`,
        headers: { cookie: reviewer.cookie, "x-request-id": `req-photo-${kind}` },
      });
      expect(res.statusCode).toBe(200);
    }
    const rows = await accessLogOf(t, dossier.person.id);
    const why = `Duyệt hồ sơ đăng ký tài khoản ${dossier.number}`;
    expect(rows).toEqual([
      {
        staffId: reviewer.id,
        officeCode: "BHXH-79",
        what: "document:id_front",
        why,
        requestId: "req-photo-id_front",
      },
      {
        staffId: reviewer.id,
        officeCode: "BHXH-79",
        what: "document:id_back",
        why,
        requestId: "req-photo-id_back",
      },
    ]);
  });
});
