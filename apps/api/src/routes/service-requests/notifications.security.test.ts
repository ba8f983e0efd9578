import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { citizenWithRequest, officeStaff } from "./service-request-fixture";

describe.each(testDatabases)("notifications security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows and marks only the caller's own notifications; anonymous and staff get 401", async () => {
    const owner = await citizenWithRequest(t);
    const mine = await t.app.inject({
      method: "GET",
      url: "/api/notifications",
      headers: { cookie: owner.cookie },
    });
    const id = mine.json().items[0].id;
    const other = await createBareCitizen(t);
    const theirs = await t.app.inject({
      method: "GET",
      url: "/api/notifications",
      headers: { cookie: other.cookie },
    });
    expect(theirs.json()).toEqual({ unread: 0, items: [] });
    await t.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: { cookie: other.cookie },
      payload: { ids: [id] },
    });
    const after = await t.app.inject({
      method: "GET",
      url: "/api/notifications",
      headers: { cookie: owner.cookie },
    });
    expect(after.json().unread).toBe(1);
    const staff = await officeStaff(t);
    for (const headers of [{}, { cookie: staff.cookie }]) {
      expect((await t.app.inject({ method: "GET", url: "/api/notifications", headers })).statusCode).toBe(
        401,
      );
      expect(
        (await t.app.inject({ method: "POST", url: "/api/notifications/read", headers, payload: {} }))
          .statusCode,
      ).toBe(401);
    }
  });
});
