import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { officeStaff } from "./service-request-fixture";

describe.each(testDatabases)("GET /api/services security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("needs a citizen session: anonymous, a forged cookie and staff get 401", async () => {
    const staff = await officeStaff(t);
    for (const cookie of [undefined, "ansinh_session=forged", staff.cookie]) {
      const res = await t.app.inject({
        method: "GET",
        url: "/api/services",
        headers: cookie ? { cookie } : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
  });
});
