import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";
import { lastSmsTo } from "../../testing/otp-fixture";
import { createTestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("forgotten password security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const start = (payload: object) =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload });
  const shape = (res: { statusCode: number; json(): Record<string, unknown> }) => ({
    status: res.statusCode,
    keys: Object.keys(res.json()).sort(),
  });

  it("answers alike for a match, a wrong phone, a person without an account and an unknown number", async () => {
    const citizen = await createTestCitizen(t);
    const noAccount = await createTestPerson(t);
    const strangerPhone = "0399999001";
    const answers = [
      await start({ identifier: citizen.bhxhNumber, phone: citizen.phone }),
      await start({ identifier: citizen.bhxhNumber, phone: strangerPhone }),
      await start({ identifier: noAccount.bhxhNumber, phone: noAccount.phone }),
      await start({ identifier: "7999999999", phone: "0399999002" }),
    ];
    expect(new Set(answers.map((a) => JSON.stringify(shape(a)))).size).toBe(1);
    expect(answers[0]?.statusCode).toBe(202);
    // Only the registered phone of a real account gets a code; nobody else is texted.
    expect(await lastSmsTo(t, citizen.phone)).toContain("(OTP)");
    expect(await lastSmsTo(t, strangerPhone)).toBeUndefined();
    expect(await lastSmsTo(t, noAccount.phone)).toBeUndefined();
  });

  it("does not let resets that match no account use up the codes of the phone they name", async () => {
    const citizen = await createTestCitizen(t);
    // Someone who knows only the phone number tries to block it with made-up numbers.
    for (let i = 0; i < 7; i++) {
      const res = await start({ identifier: `799999990${i}`, phone: citizen.phone });
      expect(res.statusCode).toBe(202);
    }
    expect(await lastSmsTo(t, citizen.phone)).toBeUndefined();
    const real = await start({ identifier: citizen.bhxhNumber, phone: citizen.phone });
    expect(real.statusCode).toBe(202);
    expect(await lastSmsTo(t, citizen.phone)).toContain("(OTP)");
  });

  it("limits repeated resets alike whether they match an account or not", async () => {
    const citizen = await createTestCitizen(t);
    const sixth = async (payload: object) => {
      for (let i = 0; i < 5; i++) expect((await start(payload)).statusCode).toBe(202);
      return start(payload);
    };
    const matched = await sixth({ identifier: citizen.bhxhNumber, phone: citizen.phone });
    const unmatched = await sixth({ identifier: "7999999980", phone: "0399999004" });
    expect(matched.statusCode).toBe(429);
    expect(unmatched.statusCode).toBe(429);
    const sameness = (res: typeof matched) => ({ type: res.json().type, detail: res.json().detail });
    expect(sameness(unmatched)).toEqual(sameness(matched));
  });

  it("never accepts a code for a reset that matched no account", async () => {
    const citizen = await createTestCitizen(t);
    const res = await start({ identifier: citizen.bhxhNumber, phone: "0399999003" });
    const { ticket } = res.json<{ ticket: string }>();
    for (const code of ["000000", "123456", "999999"]) {
      const tried = await t.app.inject({
        method: "POST",
        url: "/api/auth/password-reset/confirm",
        payload: { ticket, code, newPassword: "Một mật khẩu đủ dài và lạ" },
      });
      expect(tried.statusCode).toBe(400);
    }
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(200);
  });

  it("does not let a device-change ticket reset a password", async () => {
    const citizen = await createTestCitizen(t);
    const { ticket } = (await start({ identifier: citizen.bhxhNumber, phone: citizen.phone })).json();
    const wrongRoute = await t.app.inject({
      method: "POST",
      url: "/api/auth/device-change",
      payload: { ticket, code: "000000" },
    });
    expect(wrongRoute.json().errors[0].code).toBe("otp.ticket");
  });
});
