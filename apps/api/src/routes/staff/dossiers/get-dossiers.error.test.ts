import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { signedInStaff } from "../../../testing/dossier-fixture";

describe.each(testDatabases)("GET /api/staff/dossiers errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  const list = (query: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/dossiers${query}`, headers: { cookie } });
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "loi.hang")).cookie;
  });
  afterAll(() => t.close());

  it("refuses more than 50 per page, a negative offset and an unknown status, per field", async () => {
    const res = await list("?limit=51&offset=-1&status=archived");
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields.sort()).toEqual(["querystring.limit", "querystring.offset", "querystring.status"]);
    expect(res.json().errors.find((e: { field: string }) => e.field === "querystring.limit")).toMatchObject({
      vi: "Số hồ sơ mỗi trang từ 1 đến 50",
      en: "Between 1 and 50 dossiers per page",
    });
  });

  it("refuses a limit that is not a number", async () => {
    expect((await list("?limit=abc")).statusCode).toBe(400);
    expect((await list("?limit=0")).statusCode).toBe(400);
  });

  it("answers an empty page past the end", async () => {
    const res = await list("?offset=1000");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], total: 0, offset: 1000 });
  });
});
