import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";

const TAIL = "Vui long dang ky lai tren ung dung hoac lien he 19009068.";

describe.each(testDatabases)("POST /api/staff/dossiers/:id/reject on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: { id: string; cookie: string };
  const reject = (id: string, payload: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${id}/reject`,
      headers: { cookie: reviewer.cookie },
      payload,
    });
  const smsOf = async (id: string) =>
    (
      await t.db.query<{ payload: { to: string; text: string } }>(
        "SELECT payload FROM outbox WHERE dedupe_key = $1",
        [`dossier-rejected:${id}`],
      )
    ).map((r) => r.payload);
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await signedInStaff(t, "tu.choi", { fullName: "Hoàng Văn Xét" });
  });
  afterAll(() => t.close());

  it.each([
    ["blurry_photo", "Anh chup giay to khong ro net"],
    ["data_mismatch", "Thong tin khai bao khong khop voi du lieu BHXH"],
    ["wrong_office", "Chon sai co quan BHXH tiep nhan ho so"],
  ])("rejects for %s and tells the citizen why in plain ASCII", async (reason, words) => {
    const dossier = await createTestDossier(t);
    const res = await reject(dossier.id, { reason });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: dossier.id,
      number: dossier.number,
      status: "rejected",
      decidedAt: expect.any(String),
    });
    expect(await smsOf(dossier.id)).toEqual([
      {
        to: dossier.person.phone,
        text: `BHXH Viet Nam: ho so ${dossier.number} chua duoc phe duyet. Ly do: ${words}. ${TAIL}`,
      },
    ]);
    const [row] = await t.db.query(
      `SELECT status, reject_reason AS reason, reject_note AS note, decided_by_staff_id AS "decidedBy"
       FROM account_dossier WHERE id = $1`,
      [dossier.id],
    );
    expect(row).toEqual({ status: "rejected", reason, note: null, decidedBy: reviewer.id });
    expect(
      await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [dossier.person.id]),
    ).toEqual([]);
  });

  it("sends the reviewer's own words for 'other' and keeps the note in the history", async () => {
    const dossier = await createTestDossier(t);
    const note = "  Ảnh mặt sau bị che mất số CCCD, đề nghị chụp lại  ";
    expect((await reject(dossier.id, { reason: "other", note })).statusCode).toBe(200);
    const [sms] = await smsOf(dossier.id);
    expect(sms?.text).toBe(
      `BHXH Viet Nam: ho so ${dossier.number} chua duoc phe duyet. Ly do: Anh mat sau bi che mat so CCCD, de nghi chup lai. ${TAIL}`,
    );
    const events = await t.db.query(
      `SELECT e.action, e.reason, e.note, s.full_name AS "staffName" FROM dossier_event e
       JOIN staff_user s ON s.id = e.staff_id WHERE e.dossier_id = $1`,
      [dossier.id],
    );
    expect(events).toEqual([
      {
        action: "rejected",
        reason: "other",
        note: "Ảnh mặt sau bị che mất số CCCD, đề nghị chụp lại",
        staffName: "Hoàng Văn Xét",
      },
    ]);
  });

  it("keeps an optional note with a listed reason, out of the SMS, normalised to NFC", async () => {
    const dossier = await createTestDossier(t);
    const nfd = "Ảnh mờ, không đọc được".normalize("NFD");
    expect((await reject(dossier.id, { reason: "blurry_photo", note: nfd })).statusCode).toBe(200);
    const [row] = await t.db.query<{ note: string }>(
      "SELECT reject_note AS note FROM account_dossier WHERE id = $1",
      [dossier.id],
    );
    expect(row?.note).toBe("Ảnh mờ, không đọc được".normalize("NFC"));
    expect((await smsOf(dossier.id))[0]?.text).not.toContain("doc duoc");
  });

  it("lets the person submit again: the rejected dossier no longer blocks a new pending one", async () => {
    const dossier = await createTestDossier(t);
    await reject(dossier.id, { reason: "blurry_photo" });
    const again = await createTestDossier(t, { person: dossier.person });
    const queue = await t.app.inject({
      method: "GET",
      url: "/api/staff/dossiers",
      headers: { cookie: reviewer.cookie },
    });
    expect(queue.json().items.map((d: { id: string }) => d.id)).toContain(again.id);
  });
});
