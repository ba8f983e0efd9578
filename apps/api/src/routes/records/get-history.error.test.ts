import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/history errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  const history = (query: string) =>
    t.app.inject({ method: "GET", url: `/api/me/history${query}`, headers: { cookie } });
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie } = await createBareCitizen(t));
  });
  afterAll(() => t.close());

  it("refuses an unknown scheme and years that are not years, per field in both languages", async () => {
    expectFieldErrors(await history("?scheme=pension&fromYear=abc&toYear=1800"), [
      {
        field: "querystring.scheme",
        code: "invalid_value",
        vi: "Loại bảo hiểm phải là bhxh_compulsory, bhxh_voluntary, unemployment, occupational_accident hoặc health_insurance",
        en: "The scheme must be bhxh_compulsory, bhxh_voluntary, unemployment, occupational_accident or health_insurance",
      },
      {
        field: "querystring.fromYear",
        code: "invalid_type",
        vi: "Năm bắt đầu phải là một năm, ví dụ 2020",
        en: "The first year must be a year, e.g. 2020",
      },
      {
        field: "querystring.toYear",
        code: "too_small",
        vi: "Năm kết thúc từ 1900 trở đi",
        en: "The last year must be 1900 or later",
      },
    ]);
  });

  it("refuses a fraction of a year and a year after 2100", async () => {
    expectFieldErrors(await history("?fromYear=2020.5&toYear=2101"), [
      {
        field: "querystring.fromYear",
        code: "invalid_type",
        vi: "Năm bắt đầu phải là một năm, ví dụ 2020",
        en: "The first year must be a year, e.g. 2020",
      },
      {
        field: "querystring.toYear",
        code: "too_big",
        vi: "Năm kết thúc đến 2100 là cùng",
        en: "The last year must be 2100 or earlier",
      },
    ]);
  });

  it("refuses a last year before the first", async () => {
    expectFieldErrors(await history("?fromYear=2020&toYear=2019"), [
      {
        field: "querystring.toYear",
        code: "custom",
        vi: "Năm kết thúc không được trước năm bắt đầu",
        en: "The last year cannot be before the first year",
      },
    ]);
  });

  it("answers every scheme empty, not an error, for a person without a history", async () => {
    const res = await history("?fromYear=2020&toYear=2020");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ closedThrough: null });
    expect(res.json().schemes).toHaveLength(5);
  });
});
