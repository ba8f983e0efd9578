import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../testing/build-test-app";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { buildSmsTestApp, staffCookie } from "./sms-test-app";

const pageSize = {
  vi: "Số tin nhắn mỗi trang từ 1 đến 100",
  en: "Between 1 and 100 messages per page",
};
const badCursor = {
  vi: "Vị trí trang không hợp lệ, hãy mở lại trang đầu",
  en: "The page position is not valid, open the first page again",
};

describe.each(testDatabases)("GET /api/staff/sms errors on $kind", (database) => {
  let file: TestApp;
  let http: TestApp;
  let fileAdmin: string;
  let httpAdmin: string;
  const list = (t: TestApp, cookie: string, query: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/sms${query}`, headers: { cookie } });

  beforeAll(async () => {
    file = await buildSmsTestApp(database, "file");
    http = await buildSmsTestApp(database, "http");
    fileAdmin = await staffCookie(file, "admin");
    httpAdmin = await staffCookie(http, "admin");
  });
  afterAll(async () => {
    await file.close();
    await http.close();
  });

  it("refuses a page size outside 1–100, a made-up cursor and a landline, each at its field", async () => {
    expectFieldErrors(await list(file, fileAdmin, "?limit=101&cursor=abc&phone=024%203826%201234"), [
      { field: "querystring.limit", code: "too_big", ...pageSize },
      { field: "querystring.cursor", code: "invalid_format", ...badCursor },
      {
        field: "querystring.phone",
        code: "custom",
        vi: "Đây là số máy bàn; vui lòng nhập số điện thoại di động",
        en: "This is a landline number; please enter a mobile number",
      },
    ]);
  });

  it("refuses a page size that is not a positive whole number", async () => {
    for (const limit of ["0", "abc", "2.5", "-1"]) {
      const res = await list(file, fileAdmin, `?limit=${limit}`);
      expect(res.statusCode, limit).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: "querystring.limit", ...pageSize }),
      ]);
    }
  });

  it("refuses a mobile number of the wrong shape", async () => {
    const res = await list(file, fileAdmin, "?phone=12345");
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: "querystring.phone",
        vi: "Số điện thoại di động phải gồm 10 chữ số và bắt đầu bằng 03, 05, 07, 08 hoặc 09",
      }),
    ]);
  });

  it("refuses the other provider's kind of cursor", async () => {
    expectFieldErrors(await list(file, fileAdmin, "?cursor=01890000-0000-7000-8000-000000000000"), [
      { field: "querystring.cursor", code: "cursor", ...badCursor },
    ]);
    expectFieldErrors(await list(http, httpAdmin, "?cursor=12345"), [
      { field: "querystring.cursor", code: "cursor", ...badCursor },
    ]);
  });

  it("answers an empty page when nothing was sent yet", async () => {
    expect((await list(file, fileAdmin, "")).json()).toEqual({
      provider: "file",
      items: [],
      limit: 20,
      nextCursor: null,
    });
    expect((await list(http, httpAdmin, "?cursor=01890000-0000-7000-8000-000000000000")).json()).toEqual({
      provider: "http",
      items: [],
      limit: 20,
      nextCursor: null,
    });
  });
});
