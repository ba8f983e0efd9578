import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { postForm } from "../../testing/look-up-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

describe.each(testDatabases)("POST /api/look-ups/bhxh-number errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  // The form is checked before the proof of work, so these need none (and use none up).
  const post = (payload: unknown) => postForm(t, "bhxh-number", payload);

  it("explains every invalid field in both languages", async () => {
    expectFieldErrors(
      await post({ provinceCode: "7a", fullName: "An\u0000", birthDate: "31/02/1990", nationalId: "12345" }),
      [
        {
          field: "body.provinceCode",
          code: "invalid_format",
          vi: "Mã tỉnh gồm 2 chữ số",
          en: "The province code has 2 digits",
        },
        {
          field: "body.fullName",
          code: "custom",
          vi: "Họ và tên có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu và dấu cách",
          en: "The full name contains hidden control characters; use only letters, digits, punctuation and spaces",
        },
        {
          field: "body.birthDate",
          code: "custom",
          vi: "Ngày 31/02/1990 không tồn tại",
          en: "There is no such date as 31/02/1990",
        },
        {
          field: "body.nationalId",
          code: "custom",
          vi: "Số CCCD phải gồm 12 chữ số (hoặc số CMND cũ gồm 9 chữ số)",
          en: "The ID number must be 12 digits (or 9 digits for an old ID card)",
        },
      ],
    );
  });

  it("asks for a date of birth or an ID number when neither is given", async () => {
    expectFieldErrors(
      await post({ provinceCode: "79", fullName: "Lê Văn Tám", birthDate: "", altcha: "x" }),
      [
        {
          field: "body.birthDate",
          code: "custom",
          vi: "Vui lòng nhập ngày sinh hoặc số CCCD",
          en: "Please enter the date of birth or the ID card number",
        },
      ],
    );
  });

  it("refuses a province that is not one of the 34, and a missing or too long name", async () => {
    expectFieldErrors(
      await post({ provinceCode: "00", fullName: "x".repeat(101), birthDate: "01/01/1990" }),
      [
        {
          field: "body.provinceCode",
          code: "custom",
          vi: "Không có tỉnh, thành phố nào mã 00 trong 34 tỉnh, thành phố",
          en: "No province of the 34 has the code 00",
        },
        {
          field: "body.fullName",
          code: "too_big",
          vi: "Họ và tên tối đa 100 ký tự",
          en: "The full name can have at most 100 characters",
        },
      ],
    );
    expectFieldErrors(await post({ provinceCode: "79", birthDate: "01/01/1990" }), [
      {
        field: "body.fullName",
        code: "invalid_type",
        vi: "Vui lòng nhập họ và tên",
        en: "Please enter the full name",
      },
    ]);
  });

  it("answers whatever else is sent with a 400, never a 500", async () => {
    for (const payload of [
      "{not json",
      "[]",
      '"a string"',
      "null",
      { provinceCode: 79, fullName: ["An"], birthDate: 19900101, nationalId: { value: "1" } },
      { provinceCode: "79", fullName: "Lê Văn Tám", birthDate: "1".repeat(10_000) },
      { provinceCode: "79", fullName: "Lê Văn Tám", nationalId: "079".padEnd(12, "9"), extra: "\u0000" },
    ]) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
  });
});
