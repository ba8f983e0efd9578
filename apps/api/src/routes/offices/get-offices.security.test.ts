import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("office list security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
  });
  afterAll(() => t.close());

  it("is public, and gives only the public contact fields", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices?province=01" });
    expect(res.statusCode).toBe(200);
    for (const office of res.json().offices) {
      expect(Object.keys(office).sort()).toEqual([
        "address",
        "code",
        "level",
        "name",
        "phone",
        "provinceCode",
      ]);
    }
  });

  it("cannot be used to inject SQL through the province filter", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/offices?province=01'%20OR%20'1'='1" });
    expect(res.statusCode).toBe(400);
  });
});
