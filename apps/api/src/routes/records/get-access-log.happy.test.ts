import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestDossier, signedInStaff } from "../../testing/dossier-fixture";
import { createRecordsCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/access-log on $kind", (database) => {
  let t: TestApp & { documentsDir: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows each staff read, newest first: when, which office, which role, what and why — no names", async () => {
    const { citizen, cookie } = await createRecordsCitizen(t);
    const reviewer = await signedInStaff(t, "xem.ho.so", { fullName: "Cán Bộ Bí Danh" });
    const officer = await signedInStaff(t, "xem.so", { role: "data_officer", fullName: "Cán Bộ Ẩn Danh" });
    const dossier = await createTestDossier(t, { person: citizen });
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/staff/dossiers/${dossier.id}`,
          headers: { cookie: reviewer.cookie },
        })
      ).statusCode,
    ).toBe(200);
    const reason = "Giải quyết đơn đề nghị số 123 của người dân";
    const viewed = await t.app.inject({
      method: "GET",
      url: `/api/staff/persons/${citizen.bhxhNumber}/records?reason=${encodeURIComponent(reason)}`,
      headers: { cookie: officer.cookie },
    });
    expect(viewed.statusCode).toBe(200);

    const res = await t.app.inject({ method: "GET", url: "/api/me/access-log", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    const office = "Bảo hiểm xã hội thành phố Hồ Chí Minh";
    expect(body.items).toEqual([
      {
        at: expect.any(String),
        officeName: office,
        staffRole: "data_officer",
        what: {
          vi: "Thông tin cá nhân, thẻ BHYT, quá trình tham gia, thông tin hưởng và sổ khám chữa bệnh",
          en: "Personal details, health insurance card, participation history, benefits and medical visits",
        },
        why: reason,
      },
      {
        at: expect.any(String),
        officeName: office,
        staffRole: "reviewer",
        what: { vi: "Hồ sơ đăng ký tài khoản", en: "Account registration dossier" },
        why: `Duyệt hồ sơ đăng ký tài khoản ${dossier.number}`,
      },
    ]);
    expect(Date.parse(body.items[0].at)).toBeGreaterThanOrEqual(Date.parse(body.items[1].at));
    expect(res.body).not.toMatch(/Bí Danh|Ẩn Danh|xem\.ho\.so|xem\.so|staffId/);
  });

  it("answers an empty log for a person nobody has looked at", async () => {
    const { cookie } = await createRecordsCitizen(t);
    const res = await t.app.inject({ method: "GET", url: "/api/me/access-log", headers: { cookie } });
    expect(res.json().items).toEqual([]);
  });
});
