import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";
import { newTestDevice } from "../../testing/device-fixture";
import { lastSmsTo, otpOf } from "../../testing/otp-fixture";

const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `ansinh_session=${res.cookies.find((c) => c.name === "ansinh_session")?.value}`;

describe.each(testDatabases)("one phone per account on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("binds the first phone, lets it sign in again, and moves the account to a new phone with an OTP", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const oldPhone = newTestDevice("Old phone");
    const newPhone = newTestDevice("New phone");

    const first = await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, oldPhone);
    expect(first.statusCode).toBe(200);
    const oldCookie = cookieOf(first);
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, oldPhone)).statusCode).toBe(200);

    const elsewhere = await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newPhone);
    expect(elsewhere.statusCode).toBe(202);
    const { ticket, phoneMasked } = elsewhere.json<{ ticket: string; phoneMasked: string }>();
    expect(phoneMasked).toBe(`${citizen.phone.slice(0, 3)}****${citizen.phone.slice(7)}`);
    expect(elsewhere.cookies).toHaveLength(0);
    // Nothing is sent until the person agrees to move the account.
    expect(await lastSmsTo(t, citizen.phone)).toBeUndefined();

    const sent = await t.app.inject({ method: "POST", url: "/api/auth/otp", payload: { ticket } });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ phoneMasked, expiresInSeconds: 300, resendInSeconds: 60 });
    const sms = await lastSmsTo(t, citizen.phone);
    const code = otpOf(sms);
    expect(sms?.startsWith(code)).toBe(true);
    expect(sms?.split("\n").at(-1)).toBe(`@localhost #${code}`);
    // The old phone still works until the code is entered.
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: oldCookie } })).statusCode,
    ).toBe(200);

    const moved = await t.app.inject({
      method: "POST",
      url: "/api/auth/device-change",
      payload: { ticket, code },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ bhxhNumber: citizen.bhxhNumber });
    const newCookie = cookieOf(moved);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: newCookie } })).statusCode,
    ).toBe(200);

    // The old phone's next request is refused, saying why.
    const refused = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: oldCookie },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ type: "/api/problems/session_replaced" });
    expect(refused.json().detail.vi).toContain("thiết bị khác");

    // The owner is told on the registered phone.
    expect(await lastSmsTo(t, citizen.phone)).toMatch(
      new RegExp(
        `^BHXH Viet Nam: tai khoan ${citizen.bhxhNumber} vua dang nhap tren thiet bi moi luc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}`,
      ),
    );
    // From now on the new phone is the account's phone, and the old one is the stranger.
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newPhone)).statusCode).toBe(200);
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, oldPhone)).statusCode).toBe(202);
    const [devices] = await t.db.query<{ active: number; revoked: number }>(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL)::int AS active,
              count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked
       FROM citizen_device WHERE person_id = $1`,
      [citizen.id],
    );
    expect(devices).toEqual({ active: 1, revoked: 1 });
  });

  it("lets two first sign-ins race without a second bound phone", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const answers = await Promise.all(
      [newTestDevice("A"), newTestDevice("B")].map((d) =>
        citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, d),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 202]);
  });

  it("signs in without a device proof when the policy is off", async () => {
    const relaxed = await buildTestApp(database, {
      accounts: { deviceBinding: false, publicHost: "localhost" },
    });
    try {
      const citizen = await createTestCitizen(relaxed);
      const res = await relaxed.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { identifier: citizen.bhxhNumber, password: citizen.password },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await relaxed.close();
    }
  });
});
