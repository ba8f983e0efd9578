import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { officeStaff, postRequest } from "./service-request-fixture";

describe.each(testDatabases)("PUT /api/service-requests/:id security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lets only the owner change a draft: anonymous and staff 401, another citizen 404", async () => {
    const owner = await createBareCitizen(t);
    const draft = await postRequest(t, owner.cookie, {
      serviceCode: "reissue-book",
      answers: { reason: "lost" },
      submit: false,
      submissionKey: randomUUID(),
    });
    const id = draft.json().id;
    const other = await createBareCitizen(t);
    const staff = await officeStaff(t);
    const url = `/api/service-requests/${id}`;
    const payload = { answers: { reason: "damaged" }, submit: true };
    expect((await t.app.inject({ method: "PUT", url, payload })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: "PUT", url, payload, headers: { cookie: staff.cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: "PUT", url, payload, headers: { cookie: other.cookie } })).statusCode,
    ).toBe(404);
    const [row] = await t.db.query<{ status: string; reason: string }>(
      "SELECT status, answers->>'reason' AS reason FROM service_request WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ status: "draft", reason: "lost" });
  });
});
