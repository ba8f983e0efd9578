import { randomUUID } from "node:crypto";
import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { createBareCitizen } from "../../../testing/records-fixture";
import { officeStaff, postRequest } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("GET /api/staff/service-requests/:id errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await officeStaff(t)).cookie;
  });
  afterAll(() => t.close());

  const view = (id: string) =>
    t.app.inject({ method: "GET", url: `/api/staff/service-requests/${id}`, headers: { cookie } });

  it("answers 404 for an unknown request and for a citizen's draft, 400 for an id that is not a UUID", async () => {
    const missing = await view(uuidv7());
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toEqual({
      vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của cơ quan bạn.",
      en: "This request is not among your office's requests.",
    });
    const citizen = await createBareCitizen(t);
    const draft = await postRequest(t, citizen.cookie, {
      serviceCode: "reissue-book",
      answers: {},
      submit: false,
      submissionKey: randomUUID(),
    });
    expect((await view(draft.json().id)).statusCode).toBe(404);
    expectFieldErrors(await view("1 OR 1=1"), [
      {
        field: "params.id",
        code: "invalid_format",
        vi: "Mã hồ sơ không hợp lệ",
        en: "The request id is not valid",
      },
    ]);
  });
});
