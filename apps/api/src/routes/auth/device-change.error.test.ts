import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";
import { confirmDevice, pendingDeviceChange, requestOtp } from "../../testing/device-change-fixture";
import { deviceProof, newTestDevice } from "../../testing/device-fixture";
import { ageOtpChallenges, lastSmsTo, otpOf } from "../../testing/otp-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

const wrong = (code: string) => (code === "000000" ? "111111" : "000000");

/** How many SMS were put in the outbox for a phone number. */
async function smsCountTo(t: TestApp, phone: string) {
  const [row] = await t.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM outbox WHERE topic = 'sms.send' AND payload->>'to' = $1",
    [phone],
  );
  return row?.n;
}

describe.each(testDatabases)("device proof and OTP errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const login = (payload: object) => t.app.inject({ method: "POST", url: "/api/auth/login", payload });

  it("refuses a sign-in without a proof, with a forged one, or with a replayed nonce", async () => {
    const citizen = await createTestCitizen(t);
    const who = { identifier: citizen.bhxhNumber, password: citizen.password };
    const deviceError = [
      {
        field: "body.device",
        code: "device.proof",
        vi: "Không xác minh được thiết bị này. Vui lòng tải lại trang và đăng nhập lại.",
        en: "This device could not be verified. Please reload the page and sign in again.",
      },
    ];
    expectFieldErrors(await login(who), deviceError);

    const phone = newTestDevice();
    const proof = await deviceProof(t.app, phone);
    const forged = { ...proof, signature: newTestDevice().sign(proof.nonce) };
    expectFieldErrors(await login({ ...who, device: forged }), deviceError);
    // The nonce was used up by the forged attempt, so even the right signature is refused now.
    expectFieldErrors(await login({ ...who, device: proof }), deviceError);

    const unknownNonce = { ...proof, nonce: "AAAA", signature: phone.sign("AAAA") };
    expectFieldErrors(await login({ ...who, device: unknownNonce }), deviceError);
    const garbage = await login({ ...who, device: { ...proof, publicKey: { kty: "RSA" } } });
    expect(garbage.statusCode).toBe(400);
    // None of this counted as a wrong password.
    const [row] = await t.db.query<{ n: number }>(
      "SELECT failed_logins AS n FROM citizen_account WHERE person_id = $1",
      [citizen.id],
    );
    expect(row?.n).toBe(0);
  });

  it("counts wrong codes: five tries, then even the right code is refused", async () => {
    const { citizen, ticket } = await pendingDeviceChange(t);
    await requestOtp(t.app, ticket);
    const code = otpOf(await lastSmsTo(t, citizen.phone));
    const first = await confirmDevice(t.app, ticket, wrong(code));
    expectFieldErrors(first, [
      {
        field: "body.code",
        code: "otp.wrong",
        vi: "Mã OTP không đúng. Còn 4 lần thử.",
        en: "The code is not correct. 4 tries left.",
      },
    ]);
    for (let i = 0; i < 4; i++) await confirmDevice(t.app, ticket, wrong(code));
    const blocked = await confirmDevice(t.app, ticket, code);
    expect(blocked.json().errors[0].code).toBe("otp.no_tries_left");

    // A new code (after the 60 s wait) gives five new tries.
    await ageOtpChallenges(t, 61);
    expect((await requestOtp(t.app, ticket)).statusCode).toBe(200);
    const fresh = otpOf(await lastSmsTo(t, citizen.phone));
    expect((await confirmDevice(t.app, ticket, fresh)).statusCode).toBe(200);
    // A used ticket is finished.
    expect((await confirmDevice(t.app, ticket, fresh)).json().errors[0].code).toBe("otp.ticket");
  });

  it("refuses an expired code and a code never sent", async () => {
    const { citizen, ticket } = await pendingDeviceChange(t);
    expect((await confirmDevice(t.app, ticket, "123456")).json().errors[0].code).toBe("otp.not_sent");
    await requestOtp(t.app, ticket);
    const code = otpOf(await lastSmsTo(t, citizen.phone));
    await ageOtpChallenges(t, 5 * 60 + 1);
    expect((await confirmDevice(t.app, ticket, code)).json().errors[0].code).toBe("otp.expired");
  });

  it("waits 60 s between codes and sends at most 5 an hour", async () => {
    const { ticket } = await pendingDeviceChange(t);
    expect((await requestOtp(t.app, ticket)).statusCode).toBe(200);
    const early = await requestOtp(t.app, ticket);
    expect(early.statusCode).toBe(429);
    expect(early.json().detail.vi).toMatch(/^Vui lòng chờ \d+ giây/);
    for (let i = 0; i < 4; i++) {
      await ageOtpChallenges(t, 61);
      expect((await requestOtp(t.app, ticket)).statusCode).toBe(200);
    }
    await ageOtpChallenges(t, 61);
    const sixth = await requestOtp(t.app, ticket);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().detail.en).toContain("More than 5 codes");
  });

  it("sends one code when several sends of a ticket race", async () => {
    const { citizen, ticket } = await pendingDeviceChange(t);
    const answers = await Promise.all(Array.from({ length: 5 }, () => requestOtp(t.app, ticket)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 429, 429, 429, 429]);
    for (const refused of answers.filter((a) => a.statusCode === 429)) {
      expect(refused.json().detail.vi).toMatch(/^Vui lòng chờ \d+ giây/);
    }
    expect(await smsCountTo(t, citizen.phone)).toBe(1);
  });

  it("sends at most 5 codes an hour to an account and its phone when tickets race", async () => {
    const { citizen, ticket } = await pendingDeviceChange(t);
    const tickets = [ticket];
    for (let i = 0; i < 6; i++) {
      const res = await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newTestDevice());
      tickets.push(res.json<{ ticket: string }>().ticket);
    }
    const answers = await Promise.all(tickets.map((each) => requestOtp(t.app, each)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 429, 429]);
    for (const refused of answers.filter((a) => a.statusCode === 429)) {
      expect(refused.json().detail.en).toContain("More than 5 codes");
    }
    expect(await smsCountTo(t, citizen.phone)).toBe(5);
  });

  it("treats a malformed registered phone as no phone, with a clear answer instead of a 500", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    // An old import left a number that is not a mobile number.
    await t.db.query("UPDATE citizen_account SET phone = '12345' WHERE person_id = $1", [citizen.id]);
    await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newTestDevice("Old phone"));
    const res = await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newTestDevice("New phone"));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toEqual({
      vi: "Tài khoản đang dùng trên thiết bị khác nhưng chưa có số điện thoại di động hợp lệ để nhận mã OTP. Vui lòng liên hệ cơ quan BHXH hoặc gọi 1900 9068.",
      en: "The account is in use on another device but has no valid registered mobile number to receive a code. Please contact your social insurance office or call 1900 9068.",
    });
  });

  it("answers malformed tickets and codes per field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/device-change",
      payload: { ticket: "", code: "12" },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body.code", "body.ticket"]);
    expect((await requestOtp(t.app, "no-such-ticket")).json().errors[0].code).toBe("otp.ticket");
  });
});
