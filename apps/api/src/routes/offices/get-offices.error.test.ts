import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { ensureReferenceData } from "../../testing/person-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

describe.each(testDatabases)("office list errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  it("explains a malformed province code in both languages", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices?province=7a" });
    expectFieldErrors(res, [
      {
        field: "querystring.province",
        code: "invalid_format",
        vi: "Mã tỉnh gồm 2 chữ số",
        en: "The province code has 2 digits",
      },
    ]);
  });

  it("answers an unknown province with an empty list", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices?province=00" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ offices: [] });
  });
});
