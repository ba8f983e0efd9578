import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { postForm } from "../../testing/look-up-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

describe.each(testDatabases)("POST /api/look-ups/household errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const post = (payload: unknown) => postForm(t, "household", payload);

  it("explains a malformed number and a missing name in both languages", async () => {
    expectFieldErrors(await post({ bhxhNumber: "79-123", altcha: "x" }), [
      {
        field: "body.bhxhNumber",
        code: "custom",
        vi: "Mã số BHXH phải gồm đúng 10 chữ số",
        en: "The social insurance number must be exactly 10 digits",
      },
      {
        field: "body.fullName",
        code: "invalid_type",
        vi: "Vui lòng nhập họ và tên",
        en: "Please enter the full name",
      },
    ]);
  });

  it("answers other types and control characters with a 400, never a 500", async () => {
    for (const payload of [
      { bhxhNumber: 7901234567, fullName: "An" },
      { bhxhNumber: "7901234567", fullName: "Lê\u0000Văn" },
      { bhxhNumber: "\u0000".repeat(10), fullName: "Lê Văn Tám" },
    ]) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
  });
});
