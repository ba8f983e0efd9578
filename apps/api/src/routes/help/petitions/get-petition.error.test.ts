import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getAs } from "../../../testing/petition-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/help/petitions/:id refusals on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await createBareCitizen(t)).cookie;
  });
  afterAll(() => t.close());

  it("refuses an id that is not a UUID on its field", async () => {
    expectFieldErrors(await getAs(t, cookie, "/api/help/petitions/PA2612345678"), [
      {
        field: "params.id",
        code: "invalid_format",
        vi: "Mã phản ánh, kiến nghị không hợp lệ",
        en: "The petition id is not valid",
      },
    ]);
  });

  it("answers 404 for a petition that does not exist", async () => {
    const res = await getAs(t, cookie, `/api/help/petitions/${uuidv7()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail.vi).toContain("phản ánh");
  });
});
