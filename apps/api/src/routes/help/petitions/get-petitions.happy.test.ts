import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { getAs, petitionForm, postPetition } from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/help/petitions on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the caller's petitions, newest first, without their content", async () => {
    const { cookie } = await createBareCitizen(t);
    expect((await getAs(t, cookie, "/api/help/petitions")).json()).toEqual({ items: [] });
    const first = (await postPetition(t, cookie, petitionForm({ category: "app" }))).json().petition;
    const second = (await postPetition(t, cookie, petitionForm({ category: "other" }))).json().petition;
    const res = await getAs(t, cookie, "/api/help/petitions");
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: second.id,
        number: second.number,
        category: "other",
        status: "received",
        createdAt: second.createdAt,
        repliedAt: null,
      },
      expect.objectContaining({ id: first.id, category: "app" }),
    ]);
  });
});
