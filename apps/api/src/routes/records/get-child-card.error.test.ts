import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createTestFamily } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/children/:bhxhNumber/card errors on $kind", (database) => {
  let t: TestApp;
  let family: Awaited<ReturnType<typeof createTestFamily>>;
  const card = (bhxhNumber: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/me/children/${bhxhNumber}/card`,
      headers: { cookie: family.parent.cookie },
    });
  beforeAll(async () => {
    t = await buildTestApp(database);
    family = await createTestFamily(t);
  });
  afterAll(() => t.close());

  it("refuses a number that is not 10 digits, in both languages", async () => {
    for (const bad of ["12345", "79012345678", "79O1234567"]) {
      expectFieldErrors(await card(bad), [
        {
          field: "params.bhxhNumber",
          code: "invalid_format",
          vi: "Mã số BHXH gồm 10 chữ số",
          en: "The social insurance number has 10 digits",
        },
      ]);
    }
  });

  it("answers card null for one's child who has no card", async () => {
    await t.db.query("DELETE FROM health_insurance_card WHERE person_id = $1", [family.minor.id]);
    const res = await card(family.minor.bhxhNumber);
    expect(res.statusCode).toBe(200);
    expect(res.json().card).toBeNull();
  });
});
