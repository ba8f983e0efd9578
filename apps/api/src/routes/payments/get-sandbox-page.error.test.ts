import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";

describe.each(testDatabases)("the sandbox payment page, refused, on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers 400 to a malformed reference and 404 to an unknown one", async () => {
    for (const reference of [
      "abc",
      "SB123",
      "sb0123456789abcdef0123456789abcdef",
      "SB0123456789ABCDEF0123456789ABCDEF0",
    ]) {
      const res = await t.app.inject({ method: "GET", url: `/api/payments/sandbox/${reference}` });
      expectFieldErrors(res, [
        {
          field: "params.reference",
          code: "invalid_format",
          vi: "Mã giao dịch không hợp lệ",
          en: "The payment reference is not valid",
        },
      ]);
    }
    const unknown = await t.app.inject({
      method: "GET",
      url: "/api/payments/sandbox/SB0123456789ABCDEF0123456789ABCDEF",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
  });
});
