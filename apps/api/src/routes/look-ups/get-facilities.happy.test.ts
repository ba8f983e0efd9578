import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { addFacility, expectVietnameseOrder, getList, loadLookUpWorld } from "../../testing/look-up-fixture";

interface Facility {
  name: string;
  level: string;
  issuesSickLeave: boolean;
  provinceCode: string;
}

describe.each(testDatabases)("GET /api/look-ups/facilities on $kind", (database) => {
  let t: TestApp;
  let bachMai: { code: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    await loadLookUpWorld(t);
    bachMai = await addFacility(t, {
      name: "Bệnh viện Bạch Mai",
      level: "specialised",
      issuesSickLeave: true,
      provinceCode: "01",
      commune: "Phường Kim Liên",
    });
  });
  afterAll(() => t.close());

  const items = (res: { json(): { items: Facility[] } }) => res.json().items;

  it("finds a facility by name without diacritics, with its level and sick-leave mark", async () => {
    const res = await getList(t, "facilities?q=bach%20mai");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [
        {
          code: bachMai.code,
          name: "Bệnh viện Bạch Mai",
          level: "specialised",
          issuesSickLeave: true,
          address: expect.any(String),
          commune: "Phường Kim Liên",
          provinceCode: "01",
        },
      ],
      page: 1,
      pageSize: 20,
      total: 1,
    });
    expect(items(await getList(t, "facilities?q=bach%20mia"))[0]?.name).toBe("Bệnh viện Bạch Mai");
  });

  it("finds a facility by the code printed on the card, typed in either case", async () => {
    const byCode = items(await getList(t, `facilities?q=${bachMai.code.toLowerCase()}`));
    expect(byCode.map((f) => f.name)).toEqual(["Bệnh viện Bạch Mai"]);
  });

  it("filters by level, province and sick-leave certificates, in Vietnamese order", async () => {
    const res = await getList(t, "facilities?level=basic&province=79&sickLeave=true");
    const found = items(res);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found)
      expect(f).toMatchObject({ level: "basic", provinceCode: "79", issuesSickLeave: true });
    expectVietnameseOrder(found.map((f) => f.name));
    const without = items(await getList(t, "facilities?province=79&sickLeave=false"));
    expect(without.every((f) => !f.issuesSickLeave)).toBe(true);
  });

  it("lists every facility page by page when nothing is filtered", async () => {
    const first = await getList(t, "facilities?level=&province=&sickLeave=&q=");
    const { total } = first.json();
    expect(total).toBeGreaterThan(900);
    const last = await getList(t, `facilities?page=${Math.ceil(total / 20)}`);
    expect(items(last).length).toBe(total % 20 || 20);
  });
});
