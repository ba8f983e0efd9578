import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { createTestStaff, signInAs } from "../../testing/staff-fixture";

describe.each(testDatabases)("citizen session security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses /me and /password to anonymous callers and forged cookies", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const forged = { cookie: "ansinh_session=forged-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: forged })).statusCode).toBe(
      401,
    );
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: forged,
      payload: { currentPassword: "x", newPassword: "Một mật khẩu dài và lạ" },
    });
    expect(res.statusCode).toBe(401);
  });

  it("does not accept a staff session as a citizen's", async () => {
    const staff = await createTestStaff(t, "khong.phai.dan");
    const cookie = (await signInAs(t.app, staff)).replace("ansinh_staff", "ansinh_session");
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("ends the person's other sessions when the password changes", async () => {
    const citizen = await createTestCitizen(t);
    const phone = await citizenCookie(t.app, citizen);
    const other = await citizenCookie(t.app, citizen);
    await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie: phone },
      payload: { currentPassword: citizen.password, newPassword: "Phở bò tái chín 2026" },
    });
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: phone } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: other } })).statusCode,
    ).toBe(401);
  });

  it("returns only the person's own number, name and flag", async () => {
    const citizen = await createTestCitizen(t);
    const cookie = await citizenCookie(t.app, citizen);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(Object.keys(me.json()).sort()).toEqual(["bhxhNumber", "fullName", "mustChangePassword"]);
    expect(me.body).not.toContain(citizen.nationalId);
  });
});
