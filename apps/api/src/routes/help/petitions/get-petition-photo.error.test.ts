import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, getAs } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/help/petitions/:id/photo refusals on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("answers 404 for a petition without a photo, and 400 for an id that is not a UUID", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    const none = await getAs(t, cookie, `/api/help/petitions/${petition.id}/photo`);
    expect(none.statusCode).toBe(404);
    expect(none.json().detail.en).toBe("This petition has no photo.");
    expect((await getAs(t, cookie, "/api/help/petitions/x/photo")).statusCode).toBe(400);
  });
});
