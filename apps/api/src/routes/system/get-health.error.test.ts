import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

const pglite = testDatabases[0];
if (!pglite) throw new Error("PGlite test database missing");

describe("GET /api/health when the database is gone", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(pglite);
  });
  afterAll(() => t.app.close());

  it("answers 503 problem+json instead of crashing", async () => {
    await t.db.close();
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({
      status: 503,
      type: "/api/problems/unavailable",
      detail: { vi: "Không kết nối được cơ sở dữ liệu", en: "The database cannot be reached" },
    });
  });
});
