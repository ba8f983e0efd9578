import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getStaffUsers, staffUsersCookie } from "./staff-users-fixture";

// Admins only: the list names every account of the office, a map for anyone guessing at sign-ins.
describe.each(testDatabases)("GET /api/staff/users access on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers and forged sessions", async () => {
    expect((await getStaffUsers(t)).statusCode).toBe(401);
    expect((await getStaffUsers(t, "ansinh_staff=not-a-session")).statusCode).toBe(401);
  });

  it.each(["reviewer", "support", "data_officer"] as const)("refuses a %s", async (role) => {
    const res = await getStaffUsers(t, await staffUsersCookie(t, role));
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain("items");
  });

  it("never shows an admin another province's staff", async () => {
    await staffUsersCookie(t, "reviewer", "BHXH-79");
    await staffUsersCookie(t, "reviewer", "BHXH-79-01");
    const res = await getStaffUsers(t, await staffUsersCookie(t, "admin", "BHXH-01"));
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: { office: { code: string } }) => s.office.code)).not.toContainEqual(
      expect.stringMatching(/^BHXH-79/),
    );
  });
});
