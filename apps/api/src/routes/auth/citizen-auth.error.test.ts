import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";
import { createTestPerson } from "../../testing/person-fixture";

const WRONG = {
  vi: "Mã số BHXH/số CCCD hoặc mật khẩu không đúng.",
  en: "The social insurance number/ID number or the password is not correct.",
};

describe.each(testDatabases)("citizen sign-in errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers a wrong password, an unknown number and a person without an account alike", async () => {
    const citizen = await createTestCitizen(t);
    const withoutAccount = await createTestPerson(t);
    for (const [identifier, password] of [
      [citizen.bhxhNumber, "sai mật khẩu"],
      ["7999999999", citizen.password],
      [withoutAccount.bhxhNumber, citizen.password],
    ] as const) {
      const res = await citizenSignIn(t.app, identifier, password);
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toEqual(WRONG);
    }
  });

  it("explains a malformed number and an empty password per field", async () => {
    const res = await citizenSignIn(t.app, "12ab", "");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "body.identifier",
      "body.password",
    ]);
  });

  it("locks for 15 minutes after 5 wrong passwords, then lets in after the lock", async () => {
    const citizen = await createTestCitizen(t);
    for (let i = 0; i < 4; i++)
      expect((await citizenSignIn(t.app, citizen.bhxhNumber, "sai")).statusCode).toBe(401);
    const fifth = await citizenSignIn(t.app, citizen.bhxhNumber, "sai");
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().detail.vi).toBe(
      "Tài khoản tạm khoá do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
    );
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(423);
    await t.db.query(
      "UPDATE citizen_account SET locked_until = now() - interval '1 second' WHERE person_id = $1",
      [citizen.id],
    );
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(200);
  });

  it("refuses a new password that breaks the rules, saying every rule broken, and changes nothing", async () => {
    const citizen = await createTestCitizen(t);
    const cookie = await citizenCookie(t.app, citizen);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/password",
        headers: { cookie },
        payload: { currentPassword, newPassword },
      });
    const short = await change(citizen.password, "1234567");
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { code: string }) => e.code)).toEqual(["password.too_short"]);
    const own = await change(citizen.password, citizen.bhxhNumber);
    expect(own.json().errors.map((e: { code: string }) => e.code)).toEqual(["password.personal_number"]);
    const common = await change(citizen.password, "matkhau123");
    expect(common.json().errors[0]).toMatchObject({ field: "body.newPassword", code: "password.common" });
    const wrongCurrent = await change("không phải", "Một mật khẩu dài và lạ");
    expect(wrongCurrent.json().errors[0]).toMatchObject({ field: "body.currentPassword" });
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(200);
  });
});
