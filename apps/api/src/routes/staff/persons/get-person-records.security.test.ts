import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, signedInStaff } from "../../../testing/dossier-fixture";
import { createRecordsCitizen } from "../../../testing/records-fixture";

// Data officers and admins of an office of the person's province only; every look is logged.
describe.each(testDatabases)("GET /api/staff/persons/:bhxhNumber/records access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let owner: Awaited<ReturnType<typeof createRecordsCitizen>>;
  const view = (cookie?: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/staff/persons/${owner.citizen.bhxhNumber}/records?reason=Ki%E1%BB%83m%20tra`,
      headers: cookie ? { cookie } : {},
    });
  beforeAll(async () => {
    t = await buildTestApp(database);
    owner = await createRecordsCitizen(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers and citizens", async () => {
    expect((await view()).statusCode).toBe(401);
    expect((await view(owner.cookie)).statusCode).toBe(401);
    expect((await view(owner.cookie.replace("ansinh_session=", "ansinh_staff="))).statusCode).toBe(401);
  });

  it("refuses reviewers and support agents of the person's own office", async () => {
    for (const role of ["reviewer", "support"] as const) {
      const staff = await signedInStaff(t, `vai.tro.${role}`, { role });
      const res = await view(staff.cookie);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(owner.citizen.fullName);
    }
  });

  it("refuses data officers and admins of another province's office", async () => {
    for (const [username, role, officeCode] of [
      ["du.lieu.hn", "data_officer", "BHXH-01"],
      ["quan.tri.hn", "admin", "BHXH-01-01"],
    ] as const) {
      const staff = await signedInStaff(t, username, { role, officeCode });
      const res = await view(staff.cookie);
      expect(res.statusCode).toBe(403);
      expect(res.json().detail.en).toContain("another province");
      expect(res.body).not.toContain(owner.citizen.fullName);
    }
  });

  it("logs nothing for refused looks, and each allowed look shows in the citizen's own log", async () => {
    expect(await accessLogOf(t, owner.citizen.id)).toEqual([]);
    const officer = await signedInStaff(t, "du.lieu.79", {
      role: "data_officer",
      fullName: "Tên Không Được Lộ",
    });
    expect((await view(officer.cookie)).statusCode).toBe(200);
    expect((await view(officer.cookie)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: "GET",
      url: "/api/me/access-log",
      headers: { cookie: owner.cookie },
    });
    expect(res.json().items).toHaveLength(2);
    expect(res.json().items[0]).toMatchObject({
      officeName: "Bảo hiểm xã hội thành phố Hồ Chí Minh",
      staffRole: "data_officer",
      why: "Kiểm tra",
    });
    expect(res.body).not.toContain("Tên Không Được Lộ");
  });
});
