import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getAs, helpStaff } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/staff/petitions refusals on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await helpStaff(t)).cookie;
  });
  afterAll(() => t.close());

  it("refuses an unknown status and a page below 1 on their fields", async () => {
    const res = await getAs(t, cookie, "/api/staff/petitions?status=closed&page=0");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: "querystring.status",
        code: "invalid_value",
        vi: "Chọn received, processing hoặc answered",
        en: "Choose received, processing or answered",
      },
      {
        field: "querystring.page",
        code: "too_small",
        vi: "Số trang từ 1 trở lên",
        en: "The page starts at 1",
      },
    ]);
  });
});
