import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";

describe.each(testDatabases)("GET /api/health on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("reports the database kind and the applied migration", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    const applied = await t.db.query<{ tag: string }>(
      "SELECT tag FROM schema_migration ORDER BY tag DESC LIMIT 1",
    );
    expect(res.json()).toEqual({
      status: "ok",
      database: { kind: database.kind, migration: { version: applied[0]?.tag, applied: expect.any(Number) } },
    });
  });

  it("answers with a request id, echoing a well-formed one from the caller", async () => {
    const own = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(own.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-request-id": "gateway-1234567" },
    });
    expect(given.headers["x-request-id"]).toBe("gateway-1234567");
  });

  it("is described in the OpenAPI document", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths["/api/health"].get.summary).toBe("Liveness and database readiness");
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger-ui");
  });
});
