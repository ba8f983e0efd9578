import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, signedInStaff, type TestDossier } from "../../../testing/dossier-fixture";
import { createTestPerson } from "../../../testing/person-fixture";

describe.each(testDatabases)("GET /api/staff/dossiers on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: string;
  let oldest: TestDossier;
  let middle: TestDossier;
  let newest: TestDossier;
  let decided: TestDossier;
  const list = (query = "", cookie = reviewer) =>
    t.app.inject({ method: "GET", url: `/api/staff/dossiers${query}`, headers: { cookie } });

  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = (await signedInStaff(t, "hang.doi")).cookie;
    // Inserted out of order: the queue orders by submission time, not by insertion.
    middle = await createTestDossier(t, { submittedMinutesAgo: 90 });
    newest = await createTestDossier(t, { submittedMinutesAgo: 3 });
    oldest = await createTestDossier(t, { submittedMinutesAgo: 2 * 24 * 60 + 7 });
    decided = await createTestDossier(t, { submittedMinutesAgo: 300 });
    await createTestDossier(t, { officeCode: "BHXH-01", submittedMinutesAgo: 5000 });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${decided.id}/reject`,
      headers: { cookie: reviewer },
      payload: { reason: "blurry_photo" },
    });
    expect(res.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it("lists only the own office's pending dossiers, oldest first, with the waiting time", async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, limit: 20, offset: 0 });
    expect(body.items.map((d: { id: string }) => d.id)).toEqual([oldest.id, middle.id, newest.id]);
    expect(body.items[0]).toEqual({
      id: oldest.id,
      number: oldest.number,
      kind: "self",
      status: "pending",
      fullName: oldest.person.fullName,
      filedBy: null,
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      decidedAt: null,
      waitingMinutes: expect.any(Number),
    });
    expect(body.items[0].waitingMinutes).toBeGreaterThanOrEqual(2 * 24 * 60 + 7);
    expect(body.items[0].waitingMinutes).toBeLessThan(2 * 24 * 60 + 10);
    expect(body.items[1].waitingMinutes).toBeGreaterThanOrEqual(90);
  });

  it("names the parent who filed a child's dossier", async () => {
    const [office] = await t.db.query<{ code: string }>(
      "SELECT code FROM office WHERE code NOT IN ('BHXH-79', 'BHXH-01') ORDER BY code LIMIT 1",
    );
    const officeCode = office?.code ?? "";
    const parent = await createTestPerson(t, { fullName: "Bùi Văn Cha" });
    const child = await createTestPerson(t, { fullName: "Bùi Thị Con", birthDate: "2016-02-03" });
    const dossier = await createTestDossier(t, { kind: "child", person: child, filedBy: parent, officeCode });
    const other = await signedInStaff(t, "hang.doi.tre", { officeCode });
    const body = (await list("", other.cookie)).json();
    expect(body.items).toEqual([
      expect.objectContaining({
        id: dossier.id,
        kind: "child",
        fullName: "Bùi Thị Con",
        filedBy: { bhxhNumber: parent.bhxhNumber, fullName: "Bùi Văn Cha" },
      }),
    ]);
  });

  it("pages with limit and offset", async () => {
    const first = (await list("?limit=2")).json();
    const second = (await list("?limit=2&offset=2")).json();
    expect(first.items.map((d: { id: string }) => d.id)).toEqual([oldest.id, middle.id]);
    expect(second.items.map((d: { id: string }) => d.id)).toEqual([newest.id]);
    expect(second).toMatchObject({ total: 3, limit: 2, offset: 2 });
  });

  it("lists decided dossiers by status, with how long they waited", async () => {
    const rejected = (await list("?status=rejected")).json();
    expect(rejected.total).toBe(1);
    expect(rejected.items[0]).toMatchObject({ id: decided.id, status: "rejected" });
    expect(rejected.items[0].decidedAt).not.toBeNull();
    expect(rejected.items[0].waitingMinutes).toBeGreaterThanOrEqual(300);
    expect((await list("?status=approved")).json()).toMatchObject({ items: [], total: 0 });
  });

  it("lets support agents and admins see the queue too", async () => {
    const support = await signedInStaff(t, "ho.tro.hang", { role: "support" });
    const admin = await signedInStaff(t, "quan.tri.hang", { role: "admin" });
    for (const cookie of [support.cookie, admin.cookie]) {
      const res = await list("", cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(3);
    }
  });
});
