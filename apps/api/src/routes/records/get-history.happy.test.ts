import { testDatabases } from "@ansinh/db";
import { monthsInclusive } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  createBareCitizen,
  createRecordsCitizen,
  createTestEmployer,
  householdInsurance,
  insertPeriod,
  type KnownRecords,
  type PeriodRow,
} from "../../testing/records-fixture";
import { vietnamToday } from "../../use-cases/records/vietnam-time";

describe.each(testDatabases)("GET /api/me/history on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  let known: KnownRecords;
  const history = async (query = "") => {
    const res = await t.app.inject({ method: "GET", url: `/api/me/history${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const scheme = (body: { schemes: { scheme: string }[] }, name: string) =>
    body.schemes.find((s) => s.scheme === name) as unknown as Record<string, unknown> & {
      periods: Record<string, unknown>[];
    };
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie, known } = await createRecordsCitizen(t));
  });
  afterAll(() => t.close());

  it("totals each scheme to the đồng, counting paid months only and listing the unpaid ones per employer", async () => {
    const body = await history();
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    expect(body.closedThrough).toBe("2017-12");
    expect(body.schemes.map((s: { scheme: string }) => s.scheme)).toEqual([
      "bhxh_compulsory",
      "bhxh_voluntary",
      "unemployment",
      "occupational_accident",
      "health_insurance",
    ]);
    const { first, second } = known.employers;
    const compulsory = scheme(body, "bhxh_compulsory");
    expect(compulsory).toMatchObject({
      name: { vi: "Bảo hiểm xã hội bắt buộc", en: "Compulsory social insurance" },
      months: 34,
      duration: { years: 2, months: 10 },
      employeeTotal: 480_000 * 24 + 800_000 * 10,
      employerTotal: 1_050_000 * 24 + 1_750_000 * 10,
      unpaid: [{ employer: second, from: "2018-01", to: "2018-03", months: 3, amount: 7_650_000 }],
    });
    expect(compulsory.periods).toEqual([
      {
        from: "2018-01",
        to: "2018-03",
        months: 3,
        employer: second,
        jobTitle: "Kỹ sư",
        salaryBase: 10_000_000,
        employeeRate: "8",
        employerRate: "17.5",
        employeeAmount: 800_000,
        employerAmount: 1_750_000,
        employeeTotal: 2_400_000,
        employerTotal: 5_250_000,
        status: "unpaid",
        closedThrough: "2017-12",
      },
      expect.objectContaining({
        from: "2017-03",
        to: "2017-12",
        months: 10,
        status: "paid",
        employer: second,
      }),
      expect.objectContaining({
        from: "2015-01",
        to: "2016-12",
        months: 24,
        employer: first,
        employeeTotal: 11_520_000,
        employerTotal: 25_200_000,
      }),
    ]);
    expect(scheme(body, "unemployment")).toMatchObject({
      months: 24,
      employeeTotal: 1_440_000,
      employerTotal: 1_440_000,
      unpaid: [],
    });
    expect(scheme(body, "bhxh_voluntary")).toMatchObject({
      months: 0,
      employeeTotal: 0,
      periods: [],
      unpaid: [],
    });
  });

  it("counts a running period up to the month it is in Vietnam", async () => {
    const months = monthsInclusive("2019-01", vietnamToday(new Date()).month);
    const health = scheme(await history(), "health_insurance");
    expect(health).toMatchObject({
      months,
      duration: { years: Math.floor(months / 12), months: months % 12 },
      employeeTotal: 105_300 * months,
      employerTotal: 0,
    });
    expect(health.periods).toEqual([
      expect.objectContaining({ from: "2019-01", to: null, months, employer: null, employeeRate: "4.5" }),
    ]);
  });

  it("filters by scheme and by years, totalling only the periods listed", async () => {
    const body = await history("?scheme=bhxh_compulsory&fromYear=2017&toYear=2017");
    expect(body.closedThrough).toBe("2017-12");
    expect(body.schemes).toHaveLength(1);
    expect(body.schemes[0]).toMatchObject({
      scheme: "bhxh_compulsory",
      months: 10,
      employeeTotal: 8_000_000,
      employerTotal: 17_500_000,
      unpaid: [],
    });
    expect(body.schemes[0].periods.map((p: { from: string }) => p.from)).toEqual(["2017-03"]);

    const later = await history("?fromYear=2018");
    expect(scheme(later, "bhxh_compulsory").periods.map((p) => p.from)).toEqual(["2018-01"]);
    expect(scheme(later, "health_insurance").periods).toHaveLength(1);
    expect(scheme(later, "unemployment").periods).toHaveLength(0);

    const before = await history("?toYear=2014");
    expect(before.schemes.every((s: { periods: unknown[] }) => s.periods.length === 0)).toBe(true);
    expect(before.closedThrough).toBe("2017-12");
  });

  it("counts only the months inside the years asked for, and cuts the periods and unpaid runs to them", async () => {
    const other = await createBareCitizen(t);
    const firm = await createTestEmployer(t, "Công ty TNHH Lâu Năm Thử Nghiệm");
    const late = await createTestEmployer(t, "Công ty TNHH Nợ Đóng Thử Nghiệm");
    const job = (p: Pick<PeriodRow, "from" | "to" | "status">, employer = firm): PeriodRow => ({
      scheme: "bhxh_compulsory",
      employerId: employer.id,
      jobTitle: "Kế toán",
      salaryBase: 10_000_000,
      rates: ["8.000", "17.500"],
      amounts: [800_000, 1_750_000],
      closedThrough: null,
      ...p,
    });
    for (const period of [
      job({ from: "2015-01", to: "2022-12", status: "paid" }),
      // Two unpaid runs of one employer with paid months between them.
      job({ from: "2023-11", to: "2024-03", status: "unpaid" }, late),
      job({ from: "2024-04", to: "2024-05", status: "paid" }, late),
      job({ from: "2024-06", to: "2024-06", status: "unpaid" }, late),
    ]) {
      await insertPeriod(t, other.citizen.id, period);
    }
    await insertPeriod(t, other.citizen.id, householdInsurance);
    const read = async (query: string) => {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/me/history${query}`,
        headers: { cookie: other.cookie },
      });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    const employer = (e: { name: string; taxCode: string }) => ({ name: e.name, taxCode: e.taxCode });

    const year2020 = await read("?fromYear=2020&toYear=2020");
    expect(scheme(year2020, "bhxh_compulsory")).toMatchObject({
      months: 12,
      duration: { years: 1, months: 0 },
      employeeTotal: 800_000 * 12,
      employerTotal: 1_750_000 * 12,
      unpaid: [],
    });
    expect(scheme(year2020, "bhxh_compulsory").periods).toEqual([
      expect.objectContaining({
        from: "2020-01",
        to: "2020-12",
        months: 12,
        employeeAmount: 800_000,
        employeeTotal: 800_000 * 12,
        employerTotal: 1_750_000 * 12,
      }),
    ]);
    // The household cover still runs, but the year asked for ends in December 2020.
    expect(scheme(year2020, "health_insurance")).toMatchObject({ months: 12, employeeTotal: 105_300 * 12 });
    expect(scheme(year2020, "health_insurance").periods).toEqual([
      expect.objectContaining({ from: "2020-01", to: "2020-12", months: 12 }),
    ]);

    const year2024 = await read("?scheme=bhxh_compulsory&fromYear=2024&toYear=2024");
    expect(year2024.schemes[0]).toMatchObject({
      months: 2,
      employeeTotal: 800_000 * 2,
      unpaid: [
        { employer: employer(late), from: "2024-06", to: "2024-06", months: 1, amount: 2_550_000 },
        { employer: employer(late), from: "2024-01", to: "2024-03", months: 3, amount: 3 * 2_550_000 },
      ],
    });
    expect(year2024.schemes[0].periods.map((p: { from: string; to: string }) => [p.from, p.to])).toEqual([
      ["2024-06", "2024-06"],
      ["2024-04", "2024-05"],
      ["2024-01", "2024-03"],
    ]);

    const all = await read("?scheme=bhxh_compulsory");
    expect(all.schemes[0]).toMatchObject({
      months: 96 + 2,
      unpaid: [
        { employer: employer(late), from: "2024-06", to: "2024-06", months: 1, amount: 2_550_000 },
        { employer: employer(late), from: "2023-11", to: "2024-03", months: 5, amount: 5 * 2_550_000 },
      ],
    });
  });
});
