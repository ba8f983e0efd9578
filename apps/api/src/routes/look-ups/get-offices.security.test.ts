import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectPublicItems, expectWildcardsMatchNothing, getList } from "../../testing/look-up-fixture";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("GET /api/look-ups/offices security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  it("is anonymous and gives only the public contact fields", async () => {
    expectPublicItems(await getList(t, "offices?province=01"), [
      "address",
      "code",
      "email",
      "level",
      "name",
      "phone",
      "provinceCode",
    ]);
  });

  it("treats SQL and LIKE wildcards in the text as plain characters", async () => {
    await expectWildcardsMatchNothing(t, [(q) => `offices?q=${q}`]);
  });

  it("allows 60 lists a minute from one address", async () => {
    const get = () =>
      t.app.inject({ method: "GET", url: "/api/look-ups/offices", remoteAddress: "192.0.2.7" });
    for (let i = 0; i < 60; i++) expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(429);
  });
});
