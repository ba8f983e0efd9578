import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createTestStaff, type TestStaff } from "../../testing/staff-fixture";

const WRONG = {
  vi: "Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.",
  en: "The username, password or authentication code is not correct.",
};

describe.each(testDatabases)("staff sign-in errors on $kind", (database) => {
  let t: TestApp;
  let staff: TestStaff;
  const login = (payload: object) => t.app.inject({ method: "POST", url: "/api/staff/login", payload });
  beforeAll(async () => {
    t = await buildTestApp(database);
    staff = await createTestStaff(t, "khoa.thu");
  });
  afterAll(() => t.close());

  it("gives one neutral message for a wrong password, a wrong code and an unknown user", async () => {
    const attempts = [
      { identifier: staff.username, password: "sai mật khẩu", code: staff.code() },
      { identifier: staff.username, password: staff.password, code: staff.code(5) },
      { identifier: "khong.ton.tai", password: staff.password, code: staff.code() },
    ];
    for (const attempt of attempts) {
      const res = await login(attempt);
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toEqual(WRONG);
    }
  });

  it("explains malformed input per field in both languages", async () => {
    const res = await login({ identifier: " ", password: "", code: "12ab" });
    expectFieldErrors(res, [
      {
        field: "body.identifier",
        code: "too_small",
        vi: "Nhập e-mail hoặc tên đăng nhập",
        en: "Enter your e-mail or username",
      },
      { field: "body.password", code: "too_small", vi: "Nhập mật khẩu", en: "Enter your password" },
      {
        field: "body.code",
        code: "invalid_format",
        vi: "Mã xác thực gồm 6 chữ số",
        en: "The authentication code has 6 digits",
      },
    ]);
  });

  it("locks the account for 15 minutes after 5 failures, even for the right password, and says how long", async () => {
    const victim = await createTestStaff(t, "bi.khoa");
    // Two failures already counted above would belong to another account: this one starts clean.
    for (let i = 0; i < 4; i++) {
      expect(
        (await login({ identifier: victim.username, password: "sai", code: victim.code() })).statusCode,
      ).toBe(401);
    }
    const fifth = await login({ identifier: victim.username, password: "sai", code: victim.code() });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().detail.vi).toBe(
      "Tài khoản tạm khoá do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
    );
    const right = await login({
      identifier: victim.username,
      password: victim.password,
      code: victim.code(),
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().detail.en).toMatch(/Try again in 1[45] minutes\./);
  });

  it("lets the account in again once the lock has expired", async () => {
    const victim = await createTestStaff(t, "het.khoa");
    for (let i = 0; i < 5; i++)
      await login({ identifier: victim.username, password: "sai", code: victim.code() });
    await t.db.query("UPDATE staff_user SET locked_until = now() - interval '1 second' WHERE username = $1", [
      victim.username,
    ]);
    const res = await login({ identifier: victim.username, password: victim.password, code: victim.code() });
    expect(res.statusCode).toBe(200);
  });
});
