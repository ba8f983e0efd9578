import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestCitizen } from "../../testing/citizen-fixture";
import { lastSmsTo, otpOf } from "../../testing/otp-fixture";

describe.each(testDatabases)("forgotten password errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const start = (payload: object) =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload });
  const confirm = (payload: object) =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload });

  it("checks the number and the phone per field", async () => {
    const res = await start({ identifier: "12", phone: "02838221234" });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; vi: string; en: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(["body.identifier", "body.phone"]);
    expect(errors.find((e) => e.field === "body.phone")?.vi).toContain("số máy bàn");
  });

  it("keeps the code and its tries when the new password breaks the rules, however often", async () => {
    const citizen = await createTestCitizen(t);
    const { ticket } = (await start({ identifier: citizen.bhxhNumber, phone: citizen.phone })).json();
    const code = otpOf(await lastSmsTo(t, citizen.phone));
    // More weak passwords than there are tries: none of them may use the code up.
    for (const newPassword of [
      citizen.bhxhNumber,
      "1234567",
      "matkhau123",
      `Mật khẩu ${citizen.bhxhNumber}`,
      "ngắn",
    ]) {
      const weak = await confirm({ ticket, code, newPassword });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().errors.every((e: { field: string }) => e.field === "body.newPassword")).toBe(true);
    }
    expect((await confirm({ ticket, code, newPassword: "Một mật khẩu đủ dài và lạ" })).statusCode).toBe(204);
  });

  it("refuses an account closed while the code was on its way, and keeps the code", async () => {
    const citizen = await createTestCitizen(t);
    const { ticket } = (await start({ identifier: citizen.bhxhNumber, phone: citizen.phone })).json();
    const code = otpOf(await lastSmsTo(t, citizen.phone));
    await t.db.query("UPDATE citizen_account SET status = 'closed' WHERE person_id = $1", [citizen.id]);
    const hash = () =>
      t.db.query("SELECT password_hash FROM citizen_account WHERE person_id = $1", [citizen.id]);
    const before = await hash();
    const newPassword = "Một mật khẩu đủ dài và lạ";

    const refused = await confirm({ ticket, code, newPassword });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail.vi).toContain("không thể đặt lại mật khẩu");
    expect(await hash()).toEqual(before);

    // Reopened by staff, the same code still works: the refusal used nothing up.
    await t.db.query("UPDATE citizen_account SET status = 'active' WHERE person_id = $1", [citizen.id]);
    expect((await confirm({ ticket, code, newPassword })).statusCode).toBe(204);
  });

  it("reads the registered phone as a mobile number: another spelling matches, a malformed one is no phone", async () => {
    const spelled = await createTestCitizen(t);
    await t.db.query("UPDATE citizen_account SET phone = $2 WHERE person_id = $1", [
      spelled.id,
      `+84 ${spelled.phone.slice(1, 4)} ${spelled.phone.slice(4)}`,
    ]);
    expect((await start({ identifier: spelled.bhxhNumber, phone: spelled.phone })).statusCode).toBe(202);
    expect(await lastSmsTo(t, spelled.phone)).toContain("(OTP)");

    const malformed = await createTestCitizen(t);
    await t.db.query("UPDATE citizen_account SET phone = '12345' WHERE person_id = $1", [malformed.id]);
    const res = await start({ identifier: malformed.bhxhNumber, phone: malformed.phone });
    expect(res.statusCode).toBe(202);
    expect(await lastSmsTo(t, malformed.phone)).toBeUndefined();
  });
});
