import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";

describe.each(testDatabases)("GET /api/look-ups/challenge security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("is anonymous, sets no cookie and stores nothing", async () => {
    const res = await getList(t, "challenge");
    expect(res.statusCode).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    const [spent] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM spent_proof_of_work");
    expect(spent?.n).toBe(0);
  });

  it("never hands out the same challenge twice", async () => {
    const challenges = await Promise.all([1, 2, 3].map(() => getList(t, "challenge")));
    const salts = new Set(challenges.map((res) => res.json().salt));
    expect(salts.size).toBe(3);
  });
});
