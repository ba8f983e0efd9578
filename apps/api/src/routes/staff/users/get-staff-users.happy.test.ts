import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { createTestStaff } from "../../../testing/staff-fixture";
import { getStaffUsers, staffUsersCookie } from "./staff-users-fixture";

describe.each(testDatabases)("GET /api/staff/users on $kind", (database) => {
  let t: TestApp;
  let admin: string;
  const usernames = async (cookie: string) =>
    (await getStaffUsers(t, cookie)).json().items.map((s: { username: string }) => s.username);
  beforeAll(async () => {
    t = await buildTestApp(database);
    admin = await staffUsersCookie(t, "admin", "BHXH-79");
    for (const [username, officeCode] of [
      ["tinh.hcm", "BHXH-79"],
      ["coso.hcm", "BHXH-79-02"],
      ["tinh.hn", "BHXH-01"],
      ["coso.hn", "BHXH-01-01"],
    ] as const)
      await createTestStaff(t, username, officeCode);
  });
  afterAll(() => t.close());

  it("lists the staff of the admin's office and its grassroots offices, without secrets", async () => {
    const res = await getStaffUsers(t, admin);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((s: { username: string }) => s.username)).toEqual([
      "tinh.hcm",
      expect.stringMatching(/^users\.admin\.\d+$/),
      "coso.hcm",
    ]);
    expect(items[0]).toEqual({
      username: "tinh.hcm",
      fullName: "Nguyễn Thị Kiểm Thử",
      email: "tinh.hcm@vss.example.vn",
      role: "reviewer",
      office: { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      lockedUntil: null,
    });
    expect(items[2].office.code).toBe("BHXH-79-02");
    expect(res.json().offices).toEqual([
      { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
      { code: "BHXH-79-01", name: expect.any(String) },
      { code: "BHXH-79-02", name: "Bảo hiểm xã hội cơ sở Vũng Tàu" },
      ...Array.from({ length: res.json().offices.length - 3 }, () => ({
        code: expect.stringMatching(/^BHXH-79-\d\d$/),
        name: expect.any(String),
      })),
    ]);
    expect(res.body).not.toMatch(/password|totp|secret|failed/i);
  });

  it("shows an admin of a grassroots office only that office's staff", async () => {
    const grassroots = await staffUsersCookie(t, "admin", "BHXH-79-02");
    expect(await usernames(grassroots)).toEqual(["coso.hcm", expect.stringMatching(/^users\.admin\.\d+$/)]);
    expect((await getStaffUsers(t, grassroots)).json().offices).toEqual([
      { code: "BHXH-79-02", name: "Bảo hiểm xã hội cơ sở Vũng Tàu" },
    ]);
  });

  it("says until when an account is locked after failed sign-ins", async () => {
    await t.db.query(
      "UPDATE staff_user SET failed_logins = 5, locked_until = now() + interval '15 minutes' WHERE username = 'coso.hcm'",
    );
    await t.db.query(
      "UPDATE staff_user SET locked_until = now() - interval '1 minute' WHERE username = 'tinh.hcm'",
    );
    const items = (await getStaffUsers(t, admin)).json().items;
    const lockedUntil = (username: string) =>
      items.find((s: { username: string }) => s.username === username).lockedUntil;
    expect(Date.parse(lockedUntil("coso.hcm"))).toBeGreaterThan(Date.now());
    expect(lockedUntil("tinh.hcm")).toBeNull();
  });
});
