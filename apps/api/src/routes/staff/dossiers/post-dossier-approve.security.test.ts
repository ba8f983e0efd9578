import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import {
  createTestDossier,
  dossierStatus,
  signedInStaff,
  type TestDossier,
} from "../../../testing/dossier-fixture";

// Only reviewers and admins of the dossier's own office decide.
describe.each(testDatabases)("POST /api/staff/dossiers/:id/approve access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let dossier: TestDossier;
  const approve = (id: string, cookie?: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${id}/approve`,
      headers: cookie ? { cookie } : {},
    });
  const unchanged = async () => {
    expect(await dossierStatus(t, dossier.id)).toBe("pending");
    expect(
      await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [dossier.person.id]),
    ).toEqual([]);
    expect(await t.db.query("SELECT 1 FROM outbox")).toEqual([]);
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
    dossier = await createTestDossier(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers", async () => {
    expect((await approve(dossier.id)).statusCode).toBe(401);
    await unchanged();
  });

  it("refuses support agents and data officers of the same office", async () => {
    const support = await signedInStaff(t, "ho.tro.duyet", { role: "support" });
    const officer = await signedInStaff(t, "du.lieu.duyet", { role: "data_officer" });
    for (const cookie of [support.cookie, officer.cookie]) {
      const res = await approve(dossier.id, cookie);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail.en).toBe("Your role is not allowed to do this.");
    }
    await unchanged();
  });

  it("answers another office's reviewer 404, as for a dossier that does not exist", async () => {
    const other = await signedInStaff(t, "ha.noi.duyet", { officeCode: "BHXH-01" });
    const theirs = await approve(dossier.id, other.cookie);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().detail).toEqual((await approve(uuidv7(), other.cookie)).json().detail);
    await unchanged();
  });

  it("never returns the temporary password or a hash", async () => {
    const reviewer = await signedInStaff(t, "duyet.an.toan");
    const res = await approve(dossier.id, reviewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(["decidedAt", "id", "number", "status"]);
    expect(res.body).not.toMatch(/argon2|password|mat khau/i);
    const [sms] = await t.db.query<{ payload: { text: string } }>("SELECT payload FROM outbox");
    const password = /Mat khau tam thoi: (\S+)\./.exec(sms?.payload.text ?? "")?.[1];
    expect(password).toBeDefined();
    expect(res.body).not.toContain(password);
    const view = await t.app.inject({
      method: "GET",
      url: `/api/staff/dossiers/${dossier.id}`,
      headers: { cookie: reviewer.cookie },
    });
    expect(view.body).not.toContain(password);
  });
});
