import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen, createRecordsCitizen } from "../../testing/records-fixture";

// A citizen reports their own visits only; someone else's visit is answered exactly like a missing one.
describe.each(testDatabases)("POST /api/me/visits/:visitId/report access on $kind", (database) => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createRecordsCitizen>>;
  let other: Awaited<ReturnType<typeof createBareCitizen>>;
  const report = (visitId: string, cookie?: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/me/visits/${visitId}/report`,
      headers: cookie ? { cookie } : {},
      payload: { note: "Không phải tôi" },
    });
  const reports = async () =>
    (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM visit_report"))[0]?.n;
  beforeAll(async () => {
    t = await buildTestApp(database);
    owner = await createRecordsCitizen(t);
    other = await createBareCitizen(t);
  });
  afterAll(() => t.close());

  it("answers another citizen's report on someone else's visit with the 404 of an unknown visit", async () => {
    const theirs = await report(owner.known.visits["K35.8"], other.cookie);
    const missing = await report(uuidv7(), other.cookie);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().detail).toEqual(missing.json().detail);
    expect(theirs.json().title).toEqual(missing.json().title);
    expect(await reports()).toBe(0);
  });

  it("does not let another citizen learn an existing report's reference", async () => {
    const filed = await report(owner.known.visits.R51, owner.cookie);
    expect(filed.statusCode).toBe(201);
    const probe = await report(owner.known.visits.R51, other.cookie);
    expect(probe.statusCode).toBe(404);
    expect(probe.body).not.toContain(filed.json().reference);
    expect(await reports()).toBe(1);
  });

  it("refuses anonymous callers", async () => {
    expect((await report(owner.known.visits["M54.5"])).statusCode).toBe(401);
    expect(await reports()).toBe(1);
  });
});
