import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { createTestDossier, signedInStaff, type TestDossier } from "../../../testing/dossier-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";

describe.each(testDatabases)("POST /api/staff/dossiers/:id/reject errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  let dossier: TestDossier;
  const reject = (id: string, payload: unknown) =>
    t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${id}/reject`,
      headers: { cookie },
      payload: payload as object,
    });
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "loi.tu.choi")).cookie;
    dossier = await createTestDossier(t);
  });
  afterAll(() => t.close());

  it("requires a note when the reason is 'other'", async () => {
    for (const payload of [{ reason: "other" }, { reason: "other", note: "   " }]) {
      const res = await reject(dossier.id, payload);
      expectFieldErrors(res, [
        {
          field: "body.note",
          code: "custom",
          vi: "Nhập lý do từ chối khi chọn “Lý do khác”",
          en: "Write the reason when you choose “Other”",
        },
      ]);
    }
  });

  it("refuses a note longer than 500 characters and an unknown reason, per field", async () => {
    const long = await reject(dossier.id, { reason: "other", note: "a".repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({
      field: "body.note",
      vi: "Ghi chú tối đa 500 ký tự",
    });
    const unknown = await reject(dossier.id, { reason: "ugly" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: "body.reason" });
    expect((await reject(dossier.id, {})).statusCode).toBe(400);
    expect((await reject(dossier.id, { reason: "blurry_photo", status: "approved" })).statusCode).toBe(400);
    expect((await reject(dossier.id, { reason: "other", note: "a".repeat(500) })).statusCode).toBe(200);
  });

  it("answers 409 when the dossier is no longer pending, and sends one SMS only", async () => {
    const res = await reject(dossier.id, { reason: "blurry_photo" });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.vi).toBe(
      `Hồ sơ ${dossier.number} đã bị từ chối trước đó; không thể xử lý lại. Người dân cần gửi hồ sơ mới.`,
    );
    const approved = await createTestDossier(t);
    await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${approved.id}/approve`,
      headers: { cookie },
    });
    expect((await reject(approved.id, { reason: "wrong_office" })).statusCode).toBe(409);
    expect(
      await t.db.query("SELECT 1 FROM outbox WHERE dedupe_key = $1", [`dossier-rejected:${approved.id}`]),
    ).toEqual([]);
  });
});
