import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, dossierStatus, signedInStaff } from "../../../testing/dossier-fixture";

describe.each(testDatabases)("POST /api/staff/dossiers/:id/approve errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  let second: string;
  const approve = (id: string, as = cookie) =>
    t.app.inject({ method: "POST", url: `/api/staff/dossiers/${id}/approve`, headers: { cookie: as } });
  const count = async (sql: string, id: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, [id]))[0]?.n;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "duyet.hai.lan")).cookie;
    second = (await signedInStaff(t, "duyet.cung.luc")).cookie;
  });
  afterAll(() => t.close());

  it("answers 409 with a clear message when the dossier was already approved", async () => {
    const dossier = await createTestDossier(t);
    expect((await approve(dossier.id)).statusCode).toBe(200);
    const again = await approve(dossier.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toEqual({
      vi: `Hồ sơ ${dossier.number} đã được phê duyệt trước đó; không thể xử lý lại.`,
      en: `Dossier ${dossier.number} has already been approved; it cannot be decided again.`,
    });
    expect(await count("citizen_account WHERE person_id = $1", dossier.person.id)).toBe(1);
    expect(await count("outbox WHERE dedupe_key = 'dossier-approved:' || $1", dossier.id)).toBe(1);
  });

  it("answers 409 for a rejected dossier and creates no account", async () => {
    const dossier = await createTestDossier(t);
    await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier.id}/reject`,
      headers: { cookie },
      payload: { reason: "wrong_office" },
    });
    const res = await approve(dossier.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.en).toBe(
      `Dossier ${dossier.number} has already been rejected; it cannot be decided again. The citizen needs to submit a new one.`,
    );
    expect(await count("citizen_account WHERE person_id = $1", dossier.person.id)).toBe(0);
  });

  it("makes exactly one account and one SMS when two reviewers approve at the same moment", async () => {
    const dossier = await createTestDossier(t);
    const results = await Promise.all([approve(dossier.id), approve(dossier.id, second)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await count("citizen_account WHERE person_id = $1", dossier.person.id)).toBe(1);
    expect(await count("outbox WHERE dedupe_key = 'dossier-approved:' || $1", dossier.id)).toBe(1);
    expect(await count("dossier_event WHERE action = 'approved' AND dossier_id = $1", dossier.id)).toBe(1);
  });

  it("refuses, and changes nothing, when the person already has an account", async () => {
    const dossier = await createTestDossier(t);
    await t.db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status) VALUES ($1, 'x', false, 'active')",
      [dossier.person.id],
    );
    const res = await approve(dossier.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.en).toContain("already has an account");
    expect(await dossierStatus(t, dossier.id)).toBe("pending");
    expect(await count("outbox WHERE dedupe_key = 'dossier-approved:' || $1", dossier.id)).toBe(0);
  });
});
