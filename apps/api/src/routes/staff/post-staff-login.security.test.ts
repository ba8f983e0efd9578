import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSessionToken } from "../../auth/session-token";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestStaff, signInAs, type TestStaff } from "../../testing/staff-fixture";

describe.each(testDatabases)("staff session security on $kind", (database) => {
  let t: TestApp;
  let staff: TestStaff;
  const me = (cookie?: string) =>
    t.app.inject({ method: "GET", url: "/api/staff/me", headers: cookie ? { cookie } : {} });
  beforeAll(async () => {
    t = await buildTestApp(database);
    staff = await createTestStaff(t, "an.ninh");
  });
  afterAll(() => t.close());

  it("refuses anonymous and forged sessions", async () => {
    expect((await me()).statusCode).toBe(401);
    expect((await me("ansinh_staff=forged-token-value-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).statusCode).toBe(401);
  });

  it("never accepts the same TOTP code twice", async () => {
    const code = staff.code(-1);
    const first = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: { identifier: staff.username, password: staff.password, code },
    });
    expect(first.statusCode).toBe(200);
    const replay = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: { identifier: staff.username, password: staff.password, code },
    });
    expect(replay.statusCode).toBe(401);
  });

  it("ends a session left idle for 30 minutes", async () => {
    const cookie = await signInAs(t.app, staff);
    const token = cookie.split("=")[1] as string;
    await t.db.query(
      "UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1",
      [hashSessionToken(token)],
    );
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it("moves the idle clock when it is over a minute old, and does not write on every request", async () => {
    const clockKeeper = await createTestStaff(t, "dong.ho");
    const cookie = await signInAs(t.app, clockKeeper);
    const tokenHash = hashSessionToken(cookie.split("=")[1] as string);
    const setLastSeen = (ago: string) =>
      t.db.query(`UPDATE session SET last_seen_at = now() - $2::interval WHERE token_hash = $1`, [
        tokenHash,
        ago,
      ]);
    const secondsIdle = async () => {
      const [row] = await t.db.query<{ s: number }>(
        "SELECT extract(epoch FROM now() - last_seen_at)::int AS s FROM session WHERE token_hash = $1",
        [tokenHash],
      );
      return row?.s;
    };
    await setLastSeen("20 seconds");
    expect((await me(cookie)).statusCode).toBe(200);
    expect(await secondsIdle()).toBeGreaterThanOrEqual(20);
    await setLastSeen("29 minutes");
    expect((await me(cookie)).statusCode).toBe(200);
    expect(await secondsIdle()).toBeLessThan(5);
    // The clock was moved, so 29 more minutes later the session is still within its 30 idle minutes.
    await setLastSeen("29 minutes");
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it("does not let a citizen session act as staff", async () => {
    const cookie = await signInAs(t.app, staff, 1);
    const token = cookie.split("=")[1] as string;
    await t.db.query("UPDATE session SET kind = 'citizen', staff_id = NULL WHERE token_hash = $1", [
      hashSessionToken(token),
    ]);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it("stores only a hash of the session token and never returns secrets", async () => {
    const fresh = await createTestStaff(t, "bi.mat");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: { identifier: fresh.username, password: fresh.password, code: fresh.code() },
    });
    expect(res.statusCode).toBe(200);
    const token = res.cookies.find((c) => c.name === "ansinh_staff")?.value as string;
    expect(await t.db.query("SELECT 1 FROM session WHERE token_hash = $1", [token])).toHaveLength(0);
    expect(
      await t.db.query("SELECT 1 FROM session WHERE token_hash = $1", [hashSessionToken(token)]),
    ).toHaveLength(1);
    expect(res.body).not.toMatch(/argon2|password|secret|totp/i);
  });
});
