import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/service-requests/:id errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers 404 for an unknown request and 400 for an id that is not a UUID", async () => {
    const { cookie } = await createBareCitizen(t);
    const missing = await t.app.inject({
      method: "GET",
      url: `/api/service-requests/${uuidv7()}`,
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toEqual({
      vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của bạn.",
      en: "This request is not among your requests.",
    });
    const bad = await t.app.inject({
      method: "GET",
      url: "/api/service-requests/DV26%27--",
      headers: { cookie },
    });
    expectFieldErrors(bad, [
      {
        field: "params.id",
        code: "invalid_format",
        vi: "Mã hồ sơ không hợp lệ",
        en: "The request id is not valid",
      },
    ]);
  });
});
