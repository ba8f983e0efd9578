import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenSignIn } from "../../testing/citizen-fixture";
import { confirmDevice, pendingDeviceChange, requestOtp } from "../../testing/device-change-fixture";
import { newTestDevice } from "../../testing/device-fixture";
import { lastSmsTo, otpOf } from "../../testing/otp-fixture";

describe.each(testDatabases)("device change security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("sends codes only to the registered phone and keeps a ticket to its own account", async () => {
    const a = await pendingDeviceChange(t);
    const b = await pendingDeviceChange(t);
    await requestOtp(t.app, a.ticket);
    await requestOtp(t.app, b.ticket);
    const codeA = otpOf(await lastSmsTo(t, a.citizen.phone));
    // A's code does not open B's ticket (unless by a one-in-a-million coincidence of codes).
    const codeB = otpOf(await lastSmsTo(t, b.citizen.phone));
    if (codeA !== codeB) expect((await confirmDevice(t.app, b.ticket, codeA)).statusCode).toBe(400);
    const [stored] = await t.db.query<{ ticket_hash: string; code_hash: string }>(
      "SELECT ticket_hash, code_hash FROM otp_challenge WHERE person_id = $1",
      [a.citizen.id],
    );
    // Neither the ticket nor the code is stored in clear.
    expect(stored?.ticket_hash).not.toContain(a.ticket);
    expect(stored?.code_hash).not.toContain(codeA);
    const moved = await confirmDevice(t.app, a.ticket, codeA);
    expect(moved.json().bhxhNumber).toBe(a.citizen.bhxhNumber);
  });

  it.each([
    { lock: "status = 'locked'", status: 403 },
    { lock: "status = 'closed'", status: 403 },
    { lock: "locked_until = now() + interval '15 minutes'", status: 423 },
  ])("does not move an account to a new phone once $lock", async ({ lock, status }) => {
    const { citizen, ticket } = await pendingDeviceChange(t);
    await requestOtp(t.app, ticket);
    const code = otpOf(await lastSmsTo(t, citizen.phone));
    // Locked (by staff, or by wrong passwords) after the ticket was given out.
    await t.db.query(`UPDATE citizen_account SET ${lock} WHERE person_id = $1`, [citizen.id]);
    const res = await confirmDevice(t.app, ticket, code);
    expect(res.statusCode).toBe(status);
    expect(res.json().detail.vi).toBeTruthy();
    expect(res.cookies).toHaveLength(0);
    const [devices] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM citizen_device WHERE person_id = $1 AND revoked_at IS NULL AND label = 'Old phone'",
      [citizen.id],
    );
    expect(devices?.n).toBe(1);
  });

  it("does not give a ticket for a wrong password", async () => {
    const { citizen } = await pendingDeviceChange(t);
    const res = await citizenSignIn(t.app, citizen.bhxhNumber, "not the password", newTestDevice());
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain("ticket");
  });
});
