import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestStaff, signInAs, type TestStaff } from "../../testing/staff-fixture";

describe.each(testDatabases)("staff sign-in on $kind", (database) => {
  let t: TestApp;
  let staff: TestStaff;
  beforeAll(async () => {
    t = await buildTestApp(database);
    staff = await createTestStaff(t, "duyet.thu");
  });
  afterAll(() => t.close());

  it("signs in with password and code, sets a strict HttpOnly cookie and returns the profile", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: { identifier: staff.username, password: staff.password, code: staff.code() },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      username: "duyet.thu",
      fullName: "Nguyễn Thị Kiểm Thử",
      email: "duyet.thu@vss.example.vn",
      role: "reviewer",
      office: { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
    });
    const cookie = res.cookies.find((c) => c.name === "ansinh_staff");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api" });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("accepts the e-mail address in place of the username", async () => {
    const other = await createTestStaff(t, "thu.email");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: { identifier: "THU.EMAIL@vss.example.vn", password: other.password, code: other.code() },
    });
    expect(res.statusCode).toBe(200);
  });

  it("answers /me for the session, and not after logout", async () => {
    const cookie = await signInAs(t.app, staff, 1);
    const me = await t.app.inject({ method: "GET", url: "/api/staff/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().office.code).toBe("BHXH-79");
    const out = await t.app.inject({ method: "POST", url: "/api/staff/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/staff/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });
});
