import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { addEmployer, expectVietnameseOrder, getList, loadLookUpWorld } from "../../testing/look-up-fixture";

describe.each(testDatabases)("GET /api/look-ups/employers on $kind", (database) => {
  let t: TestApp;
  let sao: { unitCode: string; taxCode: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    await loadLookUpWorld(t);
    sao = await addEmployer(t, { name: "Công ty Cổ phần Đồ gỗ Sao Đỏ", taxCode: "0312345678" });
    await addEmployer(t, { name: "Công ty TNHH Đồ gỗ Ánh Dương", provinceCode: "01" });
    await addEmployer(t, { name: "Hợp tác xã Đồ gỗ An Phú" });
  });
  afterAll(() => t.close());

  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((e) => e.name);

  it("finds employers by words of their name without diacritics, in Vietnamese order", async () => {
    const res = await getList(t, "employers?q=do%20go");
    expect(res.statusCode).toBe(200);
    expect(names(res)).toEqual([
      "Công ty Cổ phần Đồ gỗ Sao Đỏ",
      "Công ty TNHH Đồ gỗ Ánh Dương",
      "Hợp tác xã Đồ gỗ An Phú",
    ]);
    expect(res.json()).toMatchObject({ page: 1, pageSize: 20, total: 3 });
  });

  it("finds one by its exact tax code or unit code, typed with spaces or in lower case", async () => {
    const byTax = await getList(t, "employers?q=0312%20345%20678");
    expect(byTax.json().items).toEqual([
      {
        unitCode: sao.unitCode,
        taxCode: "0312345678",
        name: "Công ty Cổ phần Đồ gỗ Sao Đỏ",
        address: expect.any(String),
        provinceCode: "79",
      },
    ]);
    const byUnit = await getList(t, `employers?q=${sao.unitCode.toLowerCase()}`);
    expect(names(byUnit)).toEqual(["Công ty Cổ phần Đồ gỗ Sao Đỏ"]);
  });

  it("keeps to a province, and pages through many matches in order", async () => {
    expect(names(await getList(t, "employers?q=do%20go&province=01"))).toEqual([
      "Công ty TNHH Đồ gỗ Ánh Dương",
    ]);
    const first = await getList(t, "employers?q=cong%20ty&province=79");
    const second = await getList(t, "employers?q=cong%20ty&province=79&page=2");
    expect(first.json().total).toBeGreaterThan(20);
    expectVietnameseOrder([...names(first), ...names(second)]);
    // Each page says how many there are in all, a page past the last one too (it has no row to say it).
    expect(second.json().total).toBe(first.json().total);
    const past = await getList(t, "employers?q=cong%20ty&province=79&page=500");
    expect(past.json()).toMatchObject({ items: [], total: first.json().total });
  });

  it("forgives a typo when nothing matches exactly, the closest name first", async () => {
    expect(names(await getList(t, "employers?q=do%20go%20sao%20dor"))[0]).toBe(
      "Công ty Cổ phần Đồ gỗ Sao Đỏ",
    );
  });
});
