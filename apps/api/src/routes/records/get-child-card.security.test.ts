import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestPerson } from "../../testing/person-fixture";
import { createRecordsCitizen, createTestFamily } from "../../testing/records-fixture";

// Only a parent, and only for their own child under 18 in the same household; every refusal looks alike.
describe.each(testDatabases)("GET /api/me/children/:bhxhNumber/card access on $kind", (database) => {
  let t: TestApp;
  let family: Awaited<ReturnType<typeof createTestFamily>>;
  const card = (bhxhNumber: string, cookie: string) =>
    t.app.inject({ method: "GET", url: `/api/me/children/${bhxhNumber}/card`, headers: { cookie } });
  beforeAll(async () => {
    t = await buildTestApp(database);
    family = await createTestFamily(t);
  });
  afterAll(() => t.close());

  it("refuses with one and the same 403 whoever is not the child's parent, and for any other number", async () => {
    const stranger = await createRecordsCitizen(t);
    const noSuch = await createTestPerson(t);
    await t.db.query("DELETE FROM person WHERE id = $1", [noSuch.id]);
    const refusals = [
      // a sibling of the same household
      await card(family.minor.bhxhNumber, family.adult.cookie),
      // a citizen of another household
      await card(family.minor.bhxhNumber, stranger.cookie),
      // the parent, for an adult child
      await card(family.adult.bhxhNumber, family.parent.cookie),
      // the parent, for themselves
      await card(family.parent.bhxhNumber, family.parent.cookie),
      // the parent, for someone of another household and for a number that does not exist
      await card(stranger.citizen.bhxhNumber, family.parent.cookie),
      await card(noSuch.bhxhNumber, family.parent.cookie),
    ];
    for (const res of refusals) {
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toEqual({
        vi: "Bạn chỉ xem được thẻ BHYT của con dưới 18 tuổi cùng hộ gia đình với bạn.",
        en: "You can only see the health insurance card of your own child under 18 in your household.",
      });
      expect(res.body).not.toMatch(/Lê Minh Bé|Lê Văn Lớn|HS4/);
    }
  });

  it("refuses the parent once the child turns 18", async () => {
    expect((await card(family.minor.bhxhNumber, family.parent.cookie)).statusCode).toBe(200);
    const now = new Date(Date.now() + 7 * 3_600_000);
    const eighteen = `${now.getUTCFullYear() - 18}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-01`;
    await t.db.query("UPDATE person SET birth_date = $2, birth_year = $3 WHERE id = $1", [
      family.minor.id,
      eighteen,
      Number(eighteen.slice(0, 4)),
    ]);
    expect((await card(family.minor.bhxhNumber, family.parent.cookie)).statusCode).toBe(403);
  });

  it("refuses the parent once the child has left the household", async () => {
    const second = await createTestFamily(t);
    await t.db.query("UPDATE person SET household_id = NULL WHERE id = $1", [second.minor.id]);
    expect((await card(second.minor.bhxhNumber, second.parent.cookie)).statusCode).toBe(403);
  });
});
