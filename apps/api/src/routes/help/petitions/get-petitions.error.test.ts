import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getAs } from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/help/petitions refusals on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers a signed-out session with a 401 problem", async () => {
    const { cookie } = await createBareCitizen(t);
    await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    const res = await getAs(t, cookie, "/api/help/petitions");
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
