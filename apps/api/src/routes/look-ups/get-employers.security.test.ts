import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { addEmployer, getList } from "../../testing/look-up-fixture";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("GET /api/look-ups/employers security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
    await addEmployer(t, { name: "Công ty TNHH Nợ Đọng Bảo Hiểm", status: "suspended" });
    await addEmployer(t, { name: "Công ty TNHH Đóng Đủ Bảo Hiểm", status: "active" });
    await addEmployer(t, { name: "Công ty TNHH Đã Giải Thể Bảo Hiểm", status: "closed" });
  });
  afterAll(() => t.close());

  it("is anonymous and never tells whether an employer owes contributions or is suspended", async () => {
    const res = await getList(t, "employers?q=bao%20hiem");
    expect(res.statusCode).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    const { items } = res.json();
    expect(items.map((e: { name: string }) => e.name)).toEqual([
      "Công ty TNHH Đóng Đủ Bảo Hiểm",
      "Công ty TNHH Nợ Đọng Bảo Hiểm",
    ]);
    for (const employer of items) {
      expect(Object.keys(employer).sort()).toEqual([
        "address",
        "name",
        "provinceCode",
        "taxCode",
        "unitCode",
      ]);
    }
    expect(res.body).not.toMatch(/suspended|active|closed|unpaid|debt|wage/i);
  });

  it("leaves closed employers out, even by their exact tax code", async () => {
    const closed = await addEmployer(t, { name: "Công ty TNHH Đã Đóng Cửa", status: "closed" });
    expect((await getList(t, `employers?q=${closed.taxCode}`)).json().total).toBe(0);
  });
});
