import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { officeStaff } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await officeStaff(t)).cookie;
  });
  afterAll(() => t.close());

  it("refuses bad filters per field, in both languages", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/staff/service-requests?status=draft&assigned=them&overdue=yes&page=0",
      headers: { cookie },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; vi: string; en: string }[];
    expect(errors.map((e) => e.field)).toEqual([
      "querystring.status",
      "querystring.assigned",
      "querystring.overdue",
      "querystring.page",
    ]);
    expect(errors[3]).toMatchObject({ vi: "Số trang từ 1 trở lên", en: "The page starts at 1" });
    const words = await t.app.inject({
      method: "GET",
      url: "/api/staff/service-requests?page=abc",
      headers: { cookie },
    });
    expect(words.statusCode).toBe(400);
  });
});
