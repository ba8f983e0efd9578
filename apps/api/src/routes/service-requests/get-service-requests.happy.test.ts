import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenWithRequest, postRequest } from "./service-request-fixture";

describe.each(testDatabases)("GET /api/service-requests on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the citizen's requests, drafts included, newest first", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    const draft = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: {},
      submit: false,
      submissionKey: randomUUID(),
    });
    const res = await t.app.inject({ method: "GET", url: "/api/service-requests", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toMatchObject([
      { id: draft.json().id, status: "draft", number: null, serviceCode: "reissue-card", overdue: false },
      { id: request.id, status: "submitted", number: request.number, serviceName: { vi: "Cấp lại sổ BHXH" } },
    ]);
  });
});
