import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

describe.each(testDatabases)("GET /api/look-ups/facilities errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("explains an unknown level and a sick-leave flag that is not true or false", async () => {
    expectFieldErrors(await getList(t, "facilities?level=hospital&sickLeave=yes"), [
      {
        field: "querystring.level",
        code: "invalid_value",
        vi: "Tuyến phải là initial (ban đầu), basic (cơ bản) hoặc specialised (chuyên sâu)",
        en: "The level must be initial, basic or specialised",
      },
      {
        field: "querystring.sickLeave",
        code: "invalid_value",
        vi: "sickLeave phải là true hoặc false",
        en: "sickLeave must be true or false",
      },
    ]);
  });

  it("answers odd values with a 400, never a 500", async () => {
    for (const query of [
      "page=-1",
      "page=NaN",
      "province=7",
      "q=%00",
      "level=basic&level=initial",
      "sickLeave=TRUE",
    ]) {
      const res = await getList(t, `facilities?${query}`);
      expect(res.statusCode, query).toBe(400);
    }
  });
});
