import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, signedInStaff } from "../../../testing/dossier-fixture";
import { createTestPerson } from "../../../testing/person-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";

describe.each(testDatabases)("GET /api/staff/persons/:bhxhNumber/records errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  const view = (path: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/persons/${path}`, headers: { cookie } });
  const reasonError = {
    field: "querystring.reason",
    vi: "Vui lòng ghi lý do xem dữ liệu (từ 3 đến 200 ký tự); người dân sẽ thấy lý do này",
    en: "Please give the reason for looking (3 to 200 characters); the citizen will see it",
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "du.lieu.loi", { role: "data_officer" })).cookie;
  });
  afterAll(() => t.close());

  it("requires a reason of 3 to 200 characters, in both languages", async () => {
    const person = await createTestPerson(t);
    expectFieldErrors(await view(`${person.bhxhNumber}/records`), [{ ...reasonError, code: "invalid_type" }]);
    expectFieldErrors(await view(`${person.bhxhNumber}/records?reason=%20%20ab%20`), [
      { ...reasonError, code: "too_small" },
    ]);
    expectFieldErrors(await view(`${person.bhxhNumber}/records?reason=${"x".repeat(201)}`), [
      { ...reasonError, code: "too_big" },
    ]);
  });

  it("refuses a reason with control characters, in both languages, and logs nothing", async () => {
    const person = await createTestPerson(t);
    // NUL used to reach the access log's insert and fail there with a 500; the others were stored.
    for (const control of ["\u0000", "\u0007", "\n", "\t", "\u001f", "\u007f"]) {
      const reason = encodeURIComponent(`Kiểm tra${control} hồ sơ`);
      expectFieldErrors(await view(`${person.bhxhNumber}/records?reason=${reason}`), [
        {
          field: "querystring.reason",
          code: "custom",
          vi: "Lý do xem dữ liệu có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu và dấu cách",
          en: "The reason for looking contains hidden control characters; use only letters, digits, punctuation and spaces",
        },
      ]);
    }
    expect(await accessLogOf(t, person.id)).toEqual([]);
    expect((await view(`${person.bhxhNumber}/records?reason=Ki%E1%BB%83m%20tra`)).statusCode).toBe(200);
    expect(await accessLogOf(t, person.id)).toHaveLength(1);
  });

  it("refuses a number that is not 10 digits", async () => {
    expectFieldErrors(await view("123/records?reason=Kiểm%20tra"), [
      {
        field: "params.bhxhNumber",
        code: "invalid_format",
        vi: "Mã số BHXH gồm 10 chữ số",
        en: "The social insurance number has 10 digits",
      },
    ]);
  });

  it("answers 404 in both languages for a number nobody has", async () => {
    const res = await view("7999999999/records?reason=Kiểm%20tra");
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toEqual({
      vi: "Không tìm thấy người có mã số BHXH này.",
      en: "There is no person with this social insurance number.",
    });
  });
});
