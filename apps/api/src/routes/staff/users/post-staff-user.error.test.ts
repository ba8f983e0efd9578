import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { newStaffBody, postStaffUser, staffUsersCookie } from "./staff-users-fixture";

describe.each(testDatabases)("POST /api/staff/users errors on $kind", (database) => {
  let t: TestApp;
  let admin: string;
  const staffCount = async () =>
    (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM staff_user"))[0]?.n;
  beforeAll(async () => {
    t = await buildTestApp(database);
    admin = await staffUsersCookie(t, "admin", "BHXH-79");
  });
  afterAll(() => t.close());

  it("reports every invalid field at once, in both languages, and creates nothing", async () => {
    const before = await staffCount();
    expectFieldErrors(
      await postStaffUser(t, admin, {
        username: "Lan Nguyen",
        fullName: "",
        email: "lan@",
        role: "boss",
        officeCode: "BHXH-99",
      }),
      [
        {
          field: "body.username",
          code: "username.format",
          vi: "Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu a-z, chữ số 0-9, dấu '.', '_' hoặc '-'",
          en: "The username has 3–50 characters: lower-case letters a-z, digits 0-9, '.', '_' or '-'",
        },
        {
          field: "body.fullName",
          code: "full_name.required",
          vi: "Vui lòng nhập họ và tên cán bộ",
          en: "Enter the staff member's full name",
        },
        {
          field: "body.email",
          code: "email.format",
          vi: "Địa chỉ e-mail không hợp lệ (ví dụ: ten@vss.gov.vn)",
          en: "The e-mail address is not valid (for example: name@vss.gov.vn)",
        },
        {
          field: "body.role",
          code: "role.unknown",
          vi: "Chọn vai trò: cán bộ duyệt hồ sơ, hỗ trợ, quản lý dữ liệu hoặc quản trị",
          en: "Choose a role: reviewer, support, data officer or admin",
        },
        {
          field: "body.officeCode",
          code: "office_code.unknown",
          vi: "Không có cơ quan BHXH mang mã này (mã có dạng BHXH-79 hoặc BHXH-79-02)",
          en: "There is no social insurance office with this code (codes look like BHXH-79 or BHXH-79-02)",
        },
      ],
    );
    expect(await staffCount()).toBe(before);
  });

  it("asks for what was left empty", async () => {
    const res = await postStaffUser(
      t,
      admin,
      newStaffBody({ username: " ", email: "", fullName: "Lan 2", officeCode: "" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { code: string }) => e.code)).toEqual([
      "username.required",
      "full_name.format",
      "email.required",
      "office_code.required",
    ]);
  });

  it("refuses a missing field or one of the wrong type at its place, and unknown fields", async () => {
    const res = await postStaffUser(t, admin, {
      username: 42,
      fullName: "Nguyễn Thị Lan",
      email: "lan@vss.example.vn",
      officeCode: "BHXH-79",
      isAdmin: true,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body", "body.role", "body.username"]);
  });

  it("answers 409 for a username or an e-mail (in any case) another account has", async () => {
    const first = newStaffBody({
      username: "trung.lap",
      email: "trung.lap@vss.example.vn",
      officeCode: "BHXH-79",
    });
    expect((await postStaffUser(t, admin, first)).statusCode).toBe(201);
    const before = await staffCount();

    const sameName = await postStaffUser(t, admin, { ...first, email: "khac@vss.example.vn" });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.headers["content-type"]).toContain("application/problem+json");
    expect(sameName.json()).toMatchObject({
      status: 409,
      detail: {
        vi: "Đã có tài khoản cán bộ với tên đăng nhập hoặc e-mail này.",
        en: "A staff account with this username or e-mail address exists already.",
      },
      errors: [
        {
          field: "body.username",
          code: "username.taken",
          vi: "Tên đăng nhập này đã có cán bộ khác dùng",
          en: "Another staff account has this username",
        },
      ],
    });

    const sameEmail = await postStaffUser(t, admin, {
      ...first,
      username: "trung.lap.2",
      email: "TRUNG.LAP@vss.example.vn",
    });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().errors).toEqual([
      expect.objectContaining({ field: "body.email", code: "email.taken" }),
    ]);

    const both = await postStaffUser(t, admin, first);
    expect(both.json().errors.map((e: { code: string }) => e.code)).toEqual([
      "username.taken",
      "email.taken",
    ]);
    expect(await staffCount()).toBe(before);
  });

  it("creates only one of two accounts sent at the same time with the same e-mail", async () => {
    const body = (username: string) =>
      newStaffBody({ username, email: "cung.luc@vss.example.vn", officeCode: "BHXH-79" });
    const answers = await Promise.all([
      postStaffUser(t, admin, body("cung.luc.1")),
      postStaffUser(t, admin, body("cung.luc.2")),
    ]);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409]);
  });
});
