import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen, createRecordsCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/benefits on $kind", (database) => {
  let t: TestApp;
  const benefits = async (cookie: string) => {
    const res = await t.app.inject({ method: "GET", url: "/api/me/benefits", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the benefits paid, newest first, with the paying office and the total", async () => {
    const { cookie } = await createRecordsCitizen(t);
    const body = await benefits(cookie);
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    expect(body.total).toBe(15_224_000);
    expect(body.items).toEqual([
      {
        kind: "unemployment",
        kindName: { vi: "Trợ cấp thất nghiệp", en: "Unemployment benefit" },
        decisionNumber: "4410/2021/QĐ-SLĐTBXH",
        periodFrom: "2021-05-01",
        periodTo: "2021-07-31",
        amount: 13_500_000,
        payingOffice: { code: "BHXH-79-01", name: expect.stringMatching(/^Bảo hiểm xã hội cơ sở /) },
        paidOn: "2021-05-25",
      },
      {
        kind: "sickness",
        kindName: { vi: "Trợ cấp ốm đau", en: "Sickness allowance" },
        decisionNumber: "101/2019/QĐ-BHXH",
        periodFrom: "2019-11-04",
        periodTo: "2019-11-08",
        amount: 1_724_000,
        payingOffice: { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
        paidOn: "2019-12-20",
      },
    ]);
  });

  it("answers an empty list and a zero total for a person without benefits", async () => {
    const { cookie } = await createBareCitizen(t);
    expect(await benefits(cookie)).toMatchObject({ total: 0, items: [] });
  });
});
