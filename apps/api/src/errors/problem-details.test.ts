import { testDatabases } from "@ansinh/db";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildTestApp, type TestApp, testConfig } from "../testing/build-test-app";
import { expectFieldErrors } from "../testing/problem-assertions";
import { AppError } from "./app-error";

const pglite = testDatabases[0];
if (!pglite) throw new Error("PGlite test database missing");

describe("problem+json errors", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(pglite);
  });
  afterAll(() => t.close());

  it("answers an unknown API path with a bilingual 404", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({
      status: 404,
      detail: { vi: "Không có địa chỉ GET /api/no-such-thing", en: "There is no GET /api/no-such-thing" },
      requestId: res.headers["x-request-id"],
    });
  });
});

describe("problem+json for validation, app and unexpected errors", () => {
  let t: TestApp;
  // Routes registered only for this test, through the same plugins as the real ones.
  beforeAll(async () => {
    const db = await pglite.open();
    const { buildApp } = await import("../build-app");
    const app = await buildApp({ config: testConfig, db });
    app.withTypeProvider<ZodTypeProvider>().post(
      "/api/test/echo",
      {
        schema: {
          body: z.object({
            name: z.string().min(2),
            phone: z
              .string()
              .regex(/^0\d{9}$/, { message: JSON.stringify({ vi: "Số điện thoại sai", en: "Bad phone" }) }),
          }),
        },
      },
      async (request) => request.body,
    );
    app.get("/api/test/conflict", async () => {
      throw new AppError("conflict", { vi: "Đã có hồ sơ", en: "A dossier exists" });
    });
    app.get("/api/test/crash", async () => {
      throw new Error("SELECT secret FROM internals");
    });
    await app.ready();
    t = {
      app,
      db,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  });
  afterAll(() => t.close());

  it("lists every invalid field with Vietnamese and English messages", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/test/echo",
      payload: { name: "A", phone: "12" },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.title).toBe("Some of the data sent is not valid");
    expect(body.errors).toEqual([
      expect.objectContaining({
        field: "body.name",
        code: "too_small",
        vi: expect.stringContaining("tối thiểu 2"),
      }),
      { field: "body.phone", code: "invalid_format", vi: "Số điện thoại sai", en: "Bad phone" },
    ]);
  });

  it("reports a missing field as required", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/test/echo",
      payload: { phone: "0912345678" },
    });
    expectFieldErrors(res, [
      {
        field: "body.name",
        code: "invalid_type",
        vi: "Trường này là bắt buộc",
        en: "This field is required",
      },
    ]);
  });

  it("explains malformed JSON without a 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/test/echo",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail.en).toBe("The request body is not valid JSON");
  });

  it("keeps the status of an unsupported content type", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/test/echo",
      headers: { "content-type": "text/csv" },
      payload: "a,b",
    });
    expect(res.statusCode).toBe(415);
  });

  it("maps an AppError code to its status", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/test/conflict" });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toEqual({ vi: "Đã có hồ sơ", en: "A dossier exists" });
  });

  it("hides the internals of an unexpected error", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/test/crash" });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain("SELECT");
    expect(res.json().detail.en).toBe("Something went wrong, please try again");
  });
});
