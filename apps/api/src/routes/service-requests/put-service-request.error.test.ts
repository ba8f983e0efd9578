import { randomUUID } from "node:crypto";
import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { citizenWithRequest, postRequest, writtenCounts } from "./service-request-fixture";

describe.each(testDatabases)("PUT /api/service-requests/:id errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const put = (id: string, cookie: string, payload: object) =>
    t.app.inject({ method: "PUT", url: `/api/service-requests/${id}`, headers: { cookie }, payload });

  it("refuses to change a request that is no longer a draft (409)", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    const before = await writtenCounts(t);
    const res = await put(request.id, cookie, { answers: { reason: "damaged" }, submit: true });
    expect(res.statusCode).toBe(409);
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("refuses an incomplete submission per field and keeps the draft as it was", async () => {
    const { cookie } = await createBareCitizen(t);
    const draft = await postRequest(t, cookie, {
      serviceCode: "reissue-book",
      answers: { reason: "change_info" },
      submit: false,
      submissionKey: randomUUID(),
    });
    const res = await put(draft.json().id, cookie, { answers: { reason: "change_info" }, submit: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.answers.changeDetails"]);
    const [row] = await t.db.query<{ status: string }>("SELECT status FROM service_request WHERE id = $1", [
      draft.json().id,
    ]);
    expect(row?.status).toBe("draft");
  });

  it("answers 400 for a body without answers or submit and 404 for an unknown draft", async () => {
    const { cookie } = await createBareCitizen(t);
    const res = await put(uuidv7(), cookie, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.answers", "body.submit"]);
    expect((await put(uuidv7(), cookie, { answers: {}, submit: false })).statusCode).toBe(404);
    expect((await put("12", cookie, { answers: {}, submit: false })).statusCode).toBe(400);
  });
});
