import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createRecordsCitizen, type KnownRecords, testFacilities } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/visits on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  let known: KnownRecords;
  const visits = async (query = "") => {
    const res = await t.app.inject({ method: "GET", url: `/api/me/visits${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie, known } = await createRecordsCitizen(t));
  });
  afterAll(() => t.close());

  it("groups the visits by year in Vietnam, newest first, with the yearly totals", async () => {
    const body = await visits();
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2025, 2024]);
    const [y2025, y2024] = body.years;
    expect(y2025).toMatchObject({ count: 2, totalCost: 650_000, fundPaid: 520_000, patientPaid: 130_000 });
    // 06:00 on 01/01/2025 in Vietnam (still 31/12/2024 in UTC) counts in 2025.
    expect(y2025.visits.map((v: { id: string }) => v.id)).toEqual([known.visits["M54.5"], known.visits.R51]);
    expect(y2024).toMatchObject({
      count: 2,
      totalCost: 18_635_000,
      fundPaid: 14_908_000,
      patientPaid: 3_727_000,
    });
    expect(y2024.visits[0]).toEqual({
      id: known.visits["K35.8"],
      facility: testFacilities.hospital,
      kind: "inpatient",
      admittedAt: "2024-09-03T01:15:00.000Z",
      dischargedAt: "2024-09-07T04:00:00.000Z",
      mainDiagnosis: { code: "K35.8", name: "Viêm ruột thừa cấp, khác và không đặc hiệu" },
      otherDiagnoses: [
        { code: "I10", name: "Bệnh lý tăng huyết áp vô căn (nguyên phát)" },
        { code: "E11.9", name: "Bệnh đái tháo đường không phụ thuộc insulin, không có biến chứng" },
      ],
      totalCost: 18_450_000,
      fundPaid: 14_760_000,
      patientPaid: 3_690_000,
      reported: false,
    });
    expect(y2024.visits[1]).toMatchObject({
      mainDiagnosis: { code: "J02.9", name: "Viêm họng cấp, không đặc hiệu" },
      otherDiagnoses: [],
    });
  });

  it("shows one year when asked, and nothing for a year without visits", async () => {
    const body = await visits("?year=2025");
    expect(body.years).toHaveLength(1);
    expect(body.years[0]).toMatchObject({ year: 2025, count: 2 });
    expect((await visits("?year=2019")).years).toEqual([]);
  });

  it("marks the visits the person has reported", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `/api/me/visits/${known.visits["J02.9"]}/report`,
      headers: { cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(201);
    const y2024 = (await visits("?year=2024")).years[0];
    expect(y2024.visits.map((v: { reported: boolean }) => v.reported)).toEqual([false, true]);
  });
});
