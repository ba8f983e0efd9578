import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/service-requests errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers an empty list, not an error, to a citizen with no requests", async () => {
    const { cookie } = await createBareCitizen(t);
    const res = await t.app.inject({ method: "GET", url: "/api/service-requests?x=1", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [] });
  });
});
