import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

const textRequired = (code: string) => ({
  field: "querystring.q",
  code,
  vi: "Vui lòng nhập mã số thuế, mã đơn vị hoặc tên đơn vị (ít nhất 2 ký tự)",
  en: "Please enter a tax code, unit code or employer name (at least 2 characters)",
});

describe.each(testDatabases)("GET /api/look-ups/employers errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("asks for a text of at least 2 characters", async () => {
    expectFieldErrors(await getList(t, "employers"), [textRequired("invalid_type")]);
    expectFieldErrors(await getList(t, "employers?q="), [textRequired("too_small")]);
    expectFieldErrors(await getList(t, "employers?q=%20a%20"), [textRequired("too_small")]);
  });

  it("explains a bad province and page with the text, never a 500", async () => {
    const res = await getList(t, "employers?q=ab&province=abc&page=-1");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "querystring.province",
      "querystring.page",
    ]);
    for (const query of ["q=a%00b", "q[]=ab", `q=${"x".repeat(5000)}`]) {
      expect((await getList(t, `employers?${query}`)).statusCode, query).toBe(400);
    }
  });
});
