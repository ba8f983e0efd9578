import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { signedInStaff } from "../../testing/dossier-fixture";
import { createBareCitizen, createRecordsCitizen } from "../../testing/records-fixture";

// Every records endpoint answers the signed-in citizen about themselves only; nobody else gets in.
describe.each(testDatabases)("/api/me records access on $kind", (database) => {
  let t: TestAppWithDocuments;
  let owner: Awaited<ReturnType<typeof createRecordsCitizen>>;
  let other: Awaited<ReturnType<typeof createBareCitizen>>;
  const reads = [
    "/api/me/profile",
    "/api/me/card",
    "/api/me/history",
    "/api/me/benefits",
    "/api/me/visits",
    "/api/me/access-log",
  ];
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
  beforeAll(async () => {
    t = await buildTestApp(database);
    owner = await createRecordsCitizen(t);
    other = await createBareCitizen(t);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers and forged cookies on every endpoint", async () => {
    const urls = [...reads, `/api/me/children/${owner.citizen.bhxhNumber}/card`];
    for (const url of urls) {
      for (const cookie of [undefined, "ansinh_session=forged-token"]) {
        const res = await get(url, cookie);
        expect(res.statusCode, url).toBe(401);
        expect(res.headers["content-type"]).toContain("application/problem+json");
      }
    }
    const report = await t.app.inject({
      method: "POST",
      url: `/api/me/visits/${owner.known.visits.R51}/report`,
      payload: {},
    });
    expect(report.statusCode).toBe(401);
  });

  it("refuses a staff session: the records are the citizen's own", async () => {
    const staff = await signedInStaff(t, "nhan.vien.tò.mò", { role: "admin" });
    const cookie = staff.cookie.replace("ansinh_staff=", "ansinh_session=");
    for (const url of reads) expect((await get(url, cookie)).statusCode, url).toBe(401);
    for (const url of reads) expect((await get(url, staff.cookie)).statusCode, url).toBe(401);
  });

  it("opens nothing but the password change to someone still on the temporary password", async () => {
    const cookie = await citizenCookie(t.app, await createTestCitizen(t, { mustChangePassword: true }));
    for (const url of [...reads, "/api/me/statement.pdf"]) {
      const res = await get(url, cookie);
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ type: "/api/problems/password_change_required" });
    }
    expect((await get("/api/auth/me", cookie)).statusCode).toBe(200);
  });

  it("shows another citizen only their own (empty) records, never the owner's", async () => {
    const answers = await Promise.all(reads.map((url) => get(url, other.cookie)));
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(owner.citizen.bhxhNumber);
      expect(res.body).not.toContain(owner.known.employers.first.name);
      expect(res.body).not.toContain(owner.known.visits["K35.8"]);
    }
    const [profile, card, history, benefits, visits, log] = answers.map((res) => res.json());
    expect(profile.bhxhNumber).toBe(other.citizen.bhxhNumber);
    expect(card.card).toBeNull();
    expect(history.schemes.every((s: { periods: unknown[] }) => s.periods.length === 0)).toBe(true);
    expect(benefits).toMatchObject({ total: 0, items: [] });
    expect(visits.years).toEqual([]);
    expect(log.items).toEqual([]);
  });

  it("never sends ciphertexts, internal ids or the full ID number", async () => {
    for (const url of reads) {
      const res = await get(url, owner.cookie);
      expect(res.body).not.toMatch(/cipher|personId|person_id|staffId|password/i);
      expect(res.body).not.toContain(owner.citizen.nationalId);
      expect(res.body).not.toContain(owner.citizen.id);
    }
  });
});
