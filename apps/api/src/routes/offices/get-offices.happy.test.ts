import { testDatabases } from "@ansinh/db";
import { offices as referenceOffices } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("office list on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  it("lists every office by province, the province office first, then by name", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices" });
    expect(res.statusCode).toBe(200);
    const { offices } = res.json() as {
      offices: { code: string; provinceCode: string; level: string; name: string }[];
    };
    expect(offices).toHaveLength(referenceOffices.length);
    const collator = new Intl.Collator("vi");
    for (let i = 1; i < offices.length; i++) {
      const [a, b] = [offices[i - 1], offices[i]];
      if (!a || !b) continue;
      expect(a.provinceCode <= b.provinceCode).toBe(true);
      if (a.provinceCode === b.provinceCode) {
        expect(b.level).toBe("grassroots");
        if (a.level === "grassroots") expect(collator.compare(a.name, b.name)).toBeLessThanOrEqual(0);
      }
    }
  });

  it("lists one province's offices", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices?province=79" });
    expect(res.statusCode).toBe(200);
    const { offices } = res.json();
    expect(offices.length).toBe(referenceOffices.filter((o) => o.provinceCode === "79").length);
    expect(offices[0]).toEqual({
      code: "BHXH-79",
      name: "Bảo hiểm xã hội thành phố Hồ Chí Minh",
      level: "province",
      provinceCode: "79",
      address: expect.any(String),
      phone: expect.any(String),
    });
  });
});
