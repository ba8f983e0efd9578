import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, signedInStaff } from "../../../testing/dossier-fixture";
import { createRecordsCitizen, testFacilities } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/staff/visit-reports on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the province's reports oldest first, with the person and the visit, and logs each one shown", async () => {
    const first = await createRecordsCitizen(t);
    const second = await createRecordsCitizen(t);
    const file = async (who: typeof first, visitId: string, note?: string) => {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/me/visits/${visitId}/report`,
        headers: { cookie: who.cookie },
        payload: note ? { note } : {},
      });
      expect(res.statusCode).toBe(201);
      return res.json().reference as string;
    };
    const a = await file(first, first.known.visits["K35.8"], "Tôi không nằm viện");
    const b = await file(second, second.known.visits.R51);

    const reviewer = await signedInStaff(t, "duyet.phan.anh");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/staff/visit-reports",
      headers: { cookie: reviewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, limit: 20, offset: 0 });
    expect(body.items.map((r: { reference: string }) => r.reference)).toEqual([a, b]);
    expect(body.items[0]).toEqual({
      reference: a,
      status: "received",
      note: "Tôi không nằm viện",
      createdAt: expect.any(String),
      person: { bhxhNumber: first.citizen.bhxhNumber, fullName: first.citizen.fullName },
      visit: {
        id: first.known.visits["K35.8"],
        facility: testFacilities.hospital,
        kind: "inpatient",
        admittedAt: "2024-09-03T01:15:00.000Z",
        dischargedAt: "2024-09-07T04:00:00.000Z",
        mainDiagnosis: { code: "K35.8", name: "Viêm ruột thừa cấp, khác và không đặc hiệu" },
        totalCost: 18_450_000,
        fundPaid: 14_760_000,
      },
    });
    expect(await accessLogOf(t, first.citizen.id)).toEqual([
      {
        staffId: reviewer.id,
        officeCode: "BHXH-79",
        what: "visit_report",
        why: `Xử lý phản ánh khám chữa bệnh số ${a}`,
        requestId: expect.any(String),
      },
    ]);
    expect(await accessLogOf(t, second.citizen.id)).toHaveLength(1);

    const page = await t.app.inject({
      method: "GET",
      url: "/api/staff/visit-reports?limit=1&offset=1",
      headers: { cookie: reviewer.cookie },
    });
    expect(page.json()).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ reference: b }] });
    const resolved = await t.app.inject({
      method: "GET",
      url: "/api/staff/visit-reports?status=resolved",
      headers: { cookie: reviewer.cookie },
    });
    expect(resolved.json()).toMatchObject({ total: 0, items: [] });
  });
});
