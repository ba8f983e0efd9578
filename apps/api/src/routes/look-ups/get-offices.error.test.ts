import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";
import { ensureReferenceData } from "../../testing/person-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

const pageError = (code: string) => ({
  field: "querystring.page",
  code,
  vi: "Số trang phải là số nguyên từ 1 đến 1000",
  en: "The page must be a whole number from 1 to 1000",
});

describe.each(testDatabases)("GET /api/look-ups/offices errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  it("explains a malformed province and page in both languages", async () => {
    expectFieldErrors(await getList(t, "offices?province=7a&page=abc"), [
      {
        field: "querystring.province",
        code: "invalid_format",
        vi: "Mã tỉnh gồm 2 chữ số",
        en: "The province code has 2 digits",
      },
      pageError("invalid_type"),
    ]);
  });

  it("refuses pages below 1, fractions and huge numbers", async () => {
    expectFieldErrors(await getList(t, "offices?page=0"), [pageError("too_small")]);
    expectFieldErrors(await getList(t, "offices?page=-3"), [pageError("too_small")]);
    expectFieldErrors(await getList(t, "offices?page=1.5"), [pageError("invalid_type")]);
    expectFieldErrors(await getList(t, "offices?page=1001"), [pageError("too_big")]);
    expectFieldErrors(await getList(t, "offices?page=99999999999999999999999"), [pageError("too_big")]);
    expectFieldErrors(await getList(t, "offices?page=1e400"), [pageError("invalid_type")]);
  });

  it("refuses control characters, an over-long text and repeated parameters, never with a 500", async () => {
    expectFieldErrors(await getList(t, "offices?q=a%00b"), [
      {
        field: "querystring.q",
        code: "custom",
        vi: "Từ khóa tìm kiếm có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu và dấu cách",
        en: "The search text contains hidden control characters; use only letters, digits, punctuation and spaces",
      },
    ]);
    expectFieldErrors(await getList(t, `offices?q=${"a".repeat(101)}`), [
      {
        field: "querystring.q",
        code: "too_big",
        vi: "Từ khóa tìm kiếm tối đa 100 ký tự",
        en: "The search text can have at most 100 characters",
      },
    ]);
    for (const query of [
      "q=a&q=b",
      "province=79&province=01",
      "page[]=1",
      "q=%ED%A0%80",
      "province=%00%00",
    ]) {
      const res = await getList(t, `offices?${query}`);
      expect(res.statusCode, query).toBeLessThan(500);
    }
  });

  it("refuses a province code that is not one of the 34", async () => {
    expectFieldErrors(await getList(t, "offices?province=00"), [
      {
        field: "querystring.province",
        code: "custom",
        vi: "Không có tỉnh, thành phố nào mã 00 trong 34 tỉnh, thành phố",
        en: "No province of the 34 has the code 00",
      },
    ]);
  });
});
