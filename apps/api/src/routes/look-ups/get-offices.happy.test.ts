import { testDatabases } from "@ansinh/db";
import { offices as referenceOffices } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectVietnameseOrder, getList } from "../../testing/look-up-fixture";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("GET /api/look-ups/offices on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((o) => o.name);

  it("pages through every office, 20 at a time, in Vietnamese alphabetical order", async () => {
    const first = await getList(t, "offices");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ page: 1, pageSize: 20, total: referenceOffices.length });
    const all: string[] = [];
    const pages = Math.ceil(referenceOffices.length / 20);
    for (let page = 1; page <= pages; page++) all.push(...names(await getList(t, `offices?page=${page}`)));
    expect(all).toHaveLength(referenceOffices.length);
    expectVietnameseOrder(all);
    const past = await getList(t, `offices?page=${pages + 1}`);
    expect(past.json()).toMatchObject({ items: [], total: referenceOffices.length });
  });

  it("lists one province's offices with their contacts", async () => {
    const res = await getList(t, "offices?province=79&q=&page=");
    const { items, total } = res.json();
    expect(total).toBe(referenceOffices.filter((o) => o.provinceCode === "79").length);
    expect(items).toContainEqual({
      code: "BHXH-79",
      name: "Bảo hiểm xã hội thành phố Hồ Chí Minh",
      level: "province",
      address: expect.any(String),
      phone: expect.any(String),
      email: "bhxh79@vss.example.vn",
      provinceCode: "79",
    });
    expectVietnameseOrder(names(res));
  });

  it("finds an office by name without diacritics, in any case, and despite a typo", async () => {
    for (const q of ["cau giay", "CẦU GIẤY", "giay cau", "cau giya"]) {
      const res = await getList(t, `offices?q=${encodeURIComponent(q)}`);
      expect(names(res), q).toEqual(["Bảo hiểm xã hội cơ sở Cầu Giấy"]);
    }
  });
});
