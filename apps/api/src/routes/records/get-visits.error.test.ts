import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/visits errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  const visits = (query: string) =>
    t.app.inject({ method: "GET", url: `/api/me/visits${query}`, headers: { cookie } });
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie } = await createBareCitizen(t));
  });
  afterAll(() => t.close());

  it("refuses a year that is not a year, in both languages", async () => {
    expectFieldErrors(await visits("?year=hai-nghin"), [
      {
        field: "querystring.year",
        code: "invalid_type",
        vi: "Năm phải là một năm, ví dụ 2025",
        en: "The year must be a year, e.g. 2025",
      },
    ]);
    expectFieldErrors(await visits("?year=20255"), [
      {
        field: "querystring.year",
        code: "too_big",
        vi: "Năm đến 2100 là cùng",
        en: "The year must be 2100 or earlier",
      },
    ]);
  });

  it("answers no years, not an error, for a person without visits", async () => {
    const res = await visits("");
    expect(res.statusCode).toBe(200);
    expect(res.json().years).toEqual([]);
  });
});
