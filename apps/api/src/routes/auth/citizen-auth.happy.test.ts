import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, citizenSignIn, createTestCitizen } from "../../testing/citizen-fixture";

describe.each(testDatabases)("citizen sign-in on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("signs in with the BHXH number or the CCCD and says a temporary password must be changed", async () => {
    const citizen = await createTestCitizen(t);
    for (const identifier of [
      citizen.bhxhNumber,
      citizen.nationalId,
      `${citizen.nationalId.slice(0, 6)} ${citizen.nationalId.slice(6)}`,
    ]) {
      const res = await citizenSignIn(t.app, identifier, citizen.password);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        bhxhNumber: citizen.bhxhNumber,
        fullName: citizen.fullName,
        mustChangePassword: true,
      });
      expect(res.cookies.find((c) => c.name === "ansinh_session")).toMatchObject({
        httpOnly: true,
        sameSite: "Strict",
        path: "/api",
      });
    }
  });

  it("changes the password: the old one stops working, the new one works, the flag is cleared", async () => {
    const citizen = await createTestCitizen(t);
    const cookie = await citizenCookie(t.app, citizen);
    const changed = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: citizen.password, newPassword: "Bún chả Hà Nội 1990" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password)).statusCode).toBe(401);
    const again = await citizenSignIn(t.app, citizen.bhxhNumber, "Bún chả Hà Nội 1990");
    expect(again.json().mustChangePassword).toBe(false);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(me.json()).toMatchObject({ bhxhNumber: citizen.bhxhNumber, mustChangePassword: false });
  });

  it("signs out", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const cookie = await citizenCookie(t.app, citizen);
    expect(
      (await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});
