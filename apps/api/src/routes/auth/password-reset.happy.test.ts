import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";
import { lastSmsTo, otpOf } from "../../testing/otp-fixture";

describe.each(testDatabases)("forgotten password on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("resets the password with a code sent to the registered phone, lifting a lock and ending sessions", async () => {
    const citizen = await createTestCitizen(t);
    const cookie = await citizenCookie(t.app, citizen);
    for (let i = 0; i < 5; i++) await citizenSignIn(t.app, citizen.bhxhNumber, "sai mật khẩu");
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(423);

    const start = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset",
      // The CCCD works as well as the BHXH number, and the phone in any usual spelling.
      payload: { identifier: citizen.nationalId, phone: `+84 ${citizen.phone.slice(1)}` },
    });
    expect(start.statusCode).toBe(202);
    const { ticket, phoneMasked } = start.json<{ ticket: string; phoneMasked: string }>();
    expect(phoneMasked).toMatch(/^0\d\d\*{4}\d{3}$/);
    const sms = await lastSmsTo(t, citizen.phone);
    expect(sms).toContain("dat lai mat khau");
    const code = otpOf(sms);

    const newPassword = "Hoa sen nở giữa đầm 2026";
    const done = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      payload: { ticket, code, newPassword },
    });
    expect(done.statusCode).toBe(204);
    expect(await lastSmsTo(t, citizen.phone)).toContain(
      `mat khau tai khoan ${citizen.bhxhNumber} da duoc dat lai`,
    );
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(401);
    const signedIn = await citizenSignIn(t.app, citizen.bhxhNumber, newPassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().mustChangePassword).toBe(false);
  });
});
