import { createFileDocumentStore, testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments, testConfig } from "../../testing/build-test-app";
import {
  childRegistrationForm,
  createTestFamily,
  postChildRegistration,
} from "../../testing/child-registration-fixture";
import { signedInStaff } from "../../testing/dossier-fixture";
import { testJpeg } from "../../testing/registration-fixture";

const ACK = (child: string, number: string) =>
  `BHXH Viet Nam da nhan to khai dang ky tai khoan cho con ma so ${child} voi so ho so ${number}. Tai khoan va mat khau se duoc gui den so dien thoai nay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;

/** A date `years` years and `days` days before today (UTC), as yyyy-MM-dd. */
function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

describe.each(testDatabases)("child registration on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: { cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await signedInStaff(t, "duyet.con.hcm");
  });
  afterAll(() => t.close());

  it("files the child's dossier for the parent: photos, history and the SMS to the parent's account phone", async () => {
    const { parent, child, cookie } = await createTestFamily(t, { accountPhone: "0909111222" });
    const form = await childRegistrationForm(child);
    const res = await postChildRegistration(t, form, cookie);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(["dossierNumber", "office", "status"]);
    expect(body.dossierNumber).toMatch(/^HS\d{12}$/);
    expect([body.status, body.office.code]).toEqual(["pending", "BHXH-79"]);

    const [dossier] = await t.db.query<Record<string, unknown> & { id: string }>(
      `SELECT id, kind, status, person_id AS "personId", filed_by_person_id AS "filedByPersonId", phone, email,
              office_code AS "officeCode", national_id_cipher AS "nationalIdCipher", submission_id AS "submissionId"
         FROM account_dossier WHERE number = $1`,
      [body.dossierNumber],
    );
    expect(dossier).toEqual({
      id: expect.any(String),
      kind: "child",
      status: "pending",
      personId: child.id,
      filedByPersonId: parent.id,
      phone: "0909111222",
      email: null,
      officeCode: "BHXH-79",
      nationalIdCipher: null,
      submissionId: form.submissionId,
    });
    if (!dossier) throw new Error("no dossier");

    const documents = await t.db.query<{ id: string; kind: string; personId: string }>(
      `SELECT d.id, d.kind, d.person_id AS "personId" FROM document d
         JOIN dossier_document dd ON dd.document_id = d.id WHERE dd.dossier_id = $1 ORDER BY d.kind`,
      [dossier.id],
    );
    expect(documents.map((d) => [d.kind, d.personId])).toEqual([
      ["birth_certificate", child.id],
      ["child_portrait", child.id],
    ]);
    const store = createFileDocumentStore({ directory: t.documentsDir, keys: testConfig.keys });
    for (const doc of documents) {
      const content = await store.get(doc.id);
      expect(content).toMatchObject({ mime: "image/jpeg", owner: { personId: child.id } });
    }

    const events = await t.db.query(
      'SELECT action, staff_id AS "staffId" FROM dossier_event WHERE dossier_id = $1',
      [dossier.id],
    );
    expect(events).toEqual([{ action: "submitted", staffId: null }]);
    const outbox = await t.db.query("SELECT topic, payload FROM outbox WHERE dedupe_key = $1", [
      `dossier-ack:${dossier.id}`,
    ]);
    expect(outbox).toEqual([
      { topic: "sms.send", payload: { to: "0909111222", text: ACK(child.bhxhNumber, body.dossierNumber) } },
    ]);
  });

  it("makes one dossier of the same submission sent twice, and answers the retry with it", async () => {
    const { child, cookie } = await createTestFamily(t);
    const form = await childRegistrationForm(child);
    const first = await postChildRegistration(t, form, cookie);
    const again = await postChildRegistration(
      t,
      { ...form, childPortrait: await testJpeg(640, 900) },
      cookie,
    );
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await t.db.query("SELECT 1 FROM account_dossier WHERE person_id = $1", [child.id])).toHaveLength(
      1,
    );
    expect(await t.db.query("SELECT 1 FROM document WHERE person_id = $1", [child.id])).toHaveLength(2);
    const sms = await t.db.query("SELECT 1 FROM outbox WHERE payload->>'text' LIKE $1", [
      `%${first.json().dossierNumber}%`,
    ]);
    expect(sms).toHaveLength(1);
  });

  it("makes one dossier of a double tap", async () => {
    const { child, cookie } = await createTestFamily(t, { child: { fullName: "Lê Hai Lần" } });
    const form = await childRegistrationForm(child);
    const answers = await Promise.all([
      postChildRegistration(t, form, cookie),
      postChildRegistration(t, form, cookie),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers[0]?.json().dossierNumber).toBe(answers[1]?.json().dossierNumber);
    expect(await t.db.query("SELECT 1 FROM document WHERE person_id = $1", [child.id])).toHaveLength(2);
  });

  it("matches the child's name however it is typed, and takes a child of 17", async () => {
    const { child, cookie } = await createTestFamily(t, {
      child: { fullName: "Nguyễn Đức Anh", birthDate: yearsAgo(17, 30) },
    });
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(child, {
        childFullName: "  nguyen   duc ANH ",
        childBhxhNumber: `${child.bhxhNumber.slice(0, 5)} ${child.bhxhNumber.slice(5)}`,
      }),
      cookie,
    );
    expect(res.statusCode).toBe(201);
  });

  it("on approval gives the child an account and sends the child's login to the parent's phone", async () => {
    const { parent, child, cookie } = await createTestFamily(t, { accountPhone: "0909333444" });
    const filed = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(filed.statusCode).toBe(201);
    const [dossier] = await t.db.query<{ id: string }>("SELECT id FROM account_dossier WHERE number = $1", [
      filed.json().dossierNumber,
    ]);
    const approve = await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier?.id}/approve`,
      headers: { cookie: reviewer.cookie },
    });
    expect(approve.statusCode).toBe(200);

    const accounts = await t.db.query<{ personId: string; phone: string; mustChange: boolean }>(
      `SELECT person_id AS "personId", phone, must_change_password AS "mustChange" FROM citizen_account
        WHERE person_id = ANY($1::uuid[]) ORDER BY must_change_password`,
      [[parent.id, child.id]],
    );
    expect(accounts).toEqual([
      { personId: parent.id, phone: "0909333444", mustChange: false },
      { personId: child.id, phone: "0909333444", mustChange: true },
    ]);
    const [sms] = await t.db.query<{ payload: { to: string; text: string } }>(
      "SELECT payload FROM outbox WHERE dedupe_key = $1",
      [`dossier-approved:${dossier?.id}`],
    );
    expect(sms?.payload.to).toBe("0909333444");
    expect(sms?.payload.text).toMatch(
      new RegExp(
        `^BHXH Viet Nam: ho so ${filed.json().dossierNumber} da duoc phe duyet\\. Ten dang nhap cua con: ${child.bhxhNumber}\\. Mat khau tam thoi: \\S{10}\\.`,
      ),
    );
  });
});
