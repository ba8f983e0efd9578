import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import {
  accessLogOf,
  createTestDossier,
  signedInStaff,
  type TestDossier,
} from "../../../testing/dossier-fixture";

// Readers of the dossier's own office only; another office cannot even learn that it exists.
describe.each(testDatabases)("GET /api/staff/dossiers/:id access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let dossier: TestDossier;
  const view = (id: string, cookie?: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/dossiers/${id}`, headers: cookie ? { cookie } : {} });
  const logged = async () => (await accessLogOf(t, dossier.person.id)).length;
  beforeAll(async () => {
    t = await buildTestApp(database);
    dossier = await createTestDossier(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers", async () => {
    expect((await view(dossier.id)).statusCode).toBe(401);
  });

  it("refuses data officers of the same office", async () => {
    const officer = await signedInStaff(t, "du.lieu.xem", { role: "data_officer" });
    expect((await view(dossier.id, officer.cookie)).statusCode).toBe(403);
  });

  it("answers another office's reviewer exactly as for a dossier that does not exist", async () => {
    const other = await signedInStaff(t, "ha.noi.xem", { officeCode: "BHXH-01" });
    const theirs = await view(dossier.id, other.cookie);
    const missing = await view(uuidv7(), other.cookie);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().detail).toEqual(missing.json().detail);
    expect(theirs.body).not.toContain(dossier.number);
  });

  it("logs nothing for refused reads", async () => {
    expect(await logged()).toBe(0);
  });

  it("never sends ciphertexts, hashes or internal ids of staff", async () => {
    const reviewer = await signedInStaff(t, "xem.an.toan");
    const res = await view(dossier.id, reviewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/cipher|argon2|password|blind|index|staffId|personId/i);
  });
});
