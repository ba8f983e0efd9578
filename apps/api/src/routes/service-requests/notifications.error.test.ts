import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("POST /api/notifications/read errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses ids that are not UUIDs, per item, in both languages", async () => {
    const { cookie } = await createBareCitizen(t);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: { cookie },
      payload: { ids: ["x'; DROP TABLE citizen_notification;--"] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: "body.ids.0",
        code: "invalid_format",
        vi: "Mã thông báo không hợp lệ",
        en: "The notification id is not valid",
      },
    ]);
    const extra = await t.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: { cookie },
      payload: { all: true },
    });
    expect(extra.statusCode).toBe(400);
  });
});
