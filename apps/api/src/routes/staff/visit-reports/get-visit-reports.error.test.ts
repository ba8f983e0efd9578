import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { signedInStaff } from "../../../testing/dossier-fixture";

describe.each(testDatabases)("GET /api/staff/visit-reports errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  const list = (query: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/visit-reports${query}`, headers: { cookie } });
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "loi.phan.anh", { role: "data_officer" })).cookie;
  });
  afterAll(() => t.close());

  it("refuses more than 50 per page, a negative offset and an unknown status, per field", async () => {
    const res = await list("?limit=51&offset=-1&status=closed");
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; vi: string; en: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual([
      "querystring.limit",
      "querystring.offset",
      "querystring.status",
    ]);
    expect(errors.find((e) => e.field === "querystring.limit")).toMatchObject({
      vi: "Số phản ánh mỗi trang từ 1 đến 50",
      en: "Between 1 and 50 reports per page",
    });
    expect(errors.find((e) => e.field === "querystring.status")).toMatchObject({
      vi: "Trạng thái phải là received, in_review hoặc resolved",
      en: "The status must be received, in_review or resolved",
    });
  });

  it("answers an empty page past the end", async () => {
    const res = await list("?offset=1000");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], total: 0, offset: 1000 });
  });
});
