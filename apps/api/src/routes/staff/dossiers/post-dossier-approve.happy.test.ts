import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../../auth/passwords";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";
import { createTestHousehold } from "../../../testing/household-fixture";
import { createTestPerson } from "../../../testing/person-fixture";

const APPROVED_SMS =
  /^BHXH Viet Nam: ho so (\S+) da duoc phe duyet\. Ten dang nhap: (\d{10})\. Mat khau tam thoi: ([A-Za-z0-9]{10})\. Vui long doi mat khau khi dang nhap lan dau\.$/;

describe.each(testDatabases)("POST /api/staff/dossiers/:id/approve on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: { id: string; cookie: string };
  const approve = (id: string, cookie = reviewer.cookie) =>
    t.app.inject({ method: "POST", url: `/api/staff/dossiers/${id}/approve`, headers: { cookie } });
  const smsOf = (id: string) =>
    t.db.query<{ payload: { to: string; text: string }; status: string }>(
      "SELECT payload, status FROM outbox WHERE dedupe_key = $1",
      [`dossier-approved:${id}`],
    );
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await signedInStaff(t, "phe.duyet", { fullName: "Đỗ Văn Duyệt" });
  });
  afterAll(() => t.close());

  it("approves, creates one account to change at first sign-in and queues the SMS with the password", async () => {
    const dossier = await createTestDossier(t);
    const res = await approve(dossier.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: dossier.id,
      number: dossier.number,
      status: "approved",
      decidedAt: expect.any(String),
    });

    const [row] = await t.db.query<{ status: string; decidedBy: string; decidedAt: Date | null }>(
      `SELECT status, decided_by_staff_id AS "decidedBy", decided_at AS "decidedAt" FROM account_dossier WHERE id = $1`,
      [dossier.id],
    );
    expect(row).toMatchObject({ status: "approved", decidedBy: reviewer.id });
    expect(row?.decidedAt?.toISOString()).toBe(res.json().decidedAt);

    const accounts = await t.db.query<{ passwordHash: string; mustChange: boolean; status: string }>(
      `SELECT password_hash AS "passwordHash", must_change_password AS "mustChange", status
       FROM citizen_account WHERE person_id = $1`,
      [dossier.person.id],
    );
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ mustChange: true, status: "active" });
    expect(accounts[0]?.passwordHash).toMatch(/^\$argon2id\$/);

    const sms = await smsOf(dossier.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]?.payload.to).toBe(dossier.person.phone);
    const [, number, login, password] = APPROVED_SMS.exec(sms[0]?.payload.text ?? "") ?? [];
    expect(number).toBe(dossier.number);
    expect(login).toBe(dossier.person.bhxhNumber);
    expect(password).not.toMatch(/[0Oo1lI]/);
    expect(await verifyPassword(accounts[0]?.passwordHash, password as string)).toBe(true);
    expect(res.body).not.toContain(password);
  });

  it("records the approval in the history under the reviewer's name", async () => {
    const dossier = await createTestDossier(t);
    await approve(dossier.id);
    const events = await t.db.query(
      `SELECT e.action, s.full_name AS "staffName" FROM dossier_event e
       LEFT JOIN staff_user s ON s.id = e.staff_id WHERE e.dossier_id = $1 ORDER BY e.at`,
      [dossier.id],
    );
    expect(events).toEqual([
      { action: "submitted", staffName: null },
      { action: "approved", staffName: "Đỗ Văn Duyệt" },
    ]);
  });

  it("gives a child's account to the child and sends its login to the parent's phone", async () => {
    const parent = await createTestPerson(t, { fullName: "Bùi Văn Bố" });
    const child = await createTestPerson(t, { fullName: "Bùi Thị Bé", birthDate: "2016-02-03" });
    await createTestHousehold(t, [parent, child]);
    const dossier = await createTestDossier(t, {
      kind: "child",
      person: child,
      filedBy: parent,
      nationalId: null,
    });
    expect((await approve(dossier.id)).statusCode).toBe(200);
    expect(await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [child.id])).toHaveLength(
      1,
    );
    expect(await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [parent.id])).toHaveLength(
      0,
    );
    const [sms] = await smsOf(dossier.id);
    expect(sms?.payload.to).toBe(parent.phone);
    expect(sms?.payload.text).toContain(`Ten dang nhap cua con: ${child.bhxhNumber}.`);
  });

  it("lets an admin of the office approve", async () => {
    const admin = await signedInStaff(t, "quan.tri.duyet", { role: "admin" });
    const dossier = await createTestDossier(t);
    expect((await approve(dossier.id, admin.cookie)).statusCode).toBe(200);
  });
});
