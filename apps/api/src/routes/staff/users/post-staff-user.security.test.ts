import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepOf, totpAt } from "../../../auth/totp";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { newStaffBody, postStaffUser, staffUsersCookie } from "./staff-users-fixture";

// Admins only, and only for their own office and its grassroots offices: an account is a key to the
// office's dossiers.
describe.each(testDatabases)("POST /api/staff/users access on $kind", (database) => {
  let t: TestApp;
  const created = async (username: string) =>
    (await t.db.query("SELECT 1 FROM staff_user WHERE username = $1", [username])).length > 0;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers and forged sessions", async () => {
    const body = newStaffBody({ username: "an.danh" });
    expect((await postStaffUser(t, undefined, body)).statusCode).toBe(401);
    expect((await postStaffUser(t, "ansinh_staff=not-a-session", body)).statusCode).toBe(401);
    expect(await created("an.danh")).toBe(false);
  });

  it.each(["reviewer", "support", "data_officer"] as const)("refuses a %s", async (role) => {
    const res = await postStaffUser(
      t,
      await staffUsersCookie(t, role),
      newStaffBody({ username: `tu.tao.${role.replace("_", ".")}`, role: "admin" }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toMatch(/initialPassword|totpSecret/);
  });

  it("refuses an admin of BHXH-01 an account for BHXH-79 or one of its grassroots offices", async () => {
    const admin = await staffUsersCookie(t, "admin", "BHXH-01");
    for (const officeCode of ["BHXH-79", "BHXH-79-02"]) {
      const res = await postStaffUser(t, admin, newStaffBody({ username: "sai.tinh", officeCode }));
      expect(res.statusCode, officeCode).toBe(403);
      expect(res.json().detail).toEqual({
        vi: "Bạn chỉ được tạo tài khoản cho cơ quan của mình và các cơ quan BHXH cơ sở trực thuộc.",
        en: "You may create accounts only for your own office and its grassroots offices.",
      });
    }
    expect(await created("sai.tinh")).toBe(false);
  });

  it("refuses an admin of a grassroots office an account for its province office or a sibling", async () => {
    const admin = await staffUsersCookie(t, "admin", "BHXH-79-02");
    for (const officeCode of ["BHXH-79", "BHXH-79-01"]) {
      const res = await postStaffUser(t, admin, newStaffBody({ username: "vuot.cap", officeCode }));
      expect(res.statusCode, officeCode).toBe(403);
    }
    expect(
      (await postStaffUser(t, admin, newStaffBody({ username: "co.so", officeCode: "BHXH-79-02" })))
        .statusCode,
    ).toBe(201);
  });

  it("makes an account that signs in only with its password and a code from its own secret", async () => {
    const admin = await staffUsersCookie(t, "admin", "BHXH-01");
    const account = (
      await postStaffUser(
        t,
        admin,
        newStaffBody({ username: "dang.nhap", email: "dang.nhap@vss.example.vn" }),
      )
    ).json();
    const login = (password: string, code: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/staff/login",
        payload: { identifier: "dang.nhap", password, code },
      });
    const now = stepOf(Date.now());
    expect((await login("Demo@2026", totpAt(account.totpSecret, now - 1))).statusCode).toBe(401);
    expect(
      (await login(account.initialPassword, totpAt("ANSINHDEMOQUANTRIAAAAAAAAAAAAAAA", now))).statusCode,
    ).toBe(401);
    const res = await login(account.initialPassword, totpAt(account.totpSecret, now));
    expect(res.statusCode).toBe(200);
    expect(res.json().office.code).toBe("BHXH-01");
  });
});
