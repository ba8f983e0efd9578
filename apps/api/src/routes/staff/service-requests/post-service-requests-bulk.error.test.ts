import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { officeStaff } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/staff/service-requests/bulk errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await officeStaff(t)).cookie;
  });
  afterAll(() => t.close());

  const bulk = (payload: object) =>
    t.app.inject({ method: "POST", url: "/api/staff/service-requests/bulk", headers: { cookie }, payload });

  it("refuses an empty or oversized list, a status action other than receive, and bad ids", async () => {
    expectFieldErrors(await bulk({ ids: [], action: "receive" }), [
      {
        field: "body.ids",
        code: "too_small",
        vi: "Chọn ít nhất một hồ sơ",
        en: "Choose at least one request",
      },
    ]);
    const many = Array.from({ length: 51 }, () => uuidv7());
    expect((await bulk({ ids: many, action: "receive" })).json().errors[0].field).toBe("body.ids");
    expect((await bulk({ ids: [uuidv7()], action: "complete" })).json().errors[0].field).toBe("body.action");
    expect((await bulk({ ids: ["nope"], action: "receive" })).json().errors[0].field).toBe("body.ids.0");
  });

  it("refuses an unknown id like any other, without a 500", async () => {
    const id = uuidv7();
    const res = await bulk({ ids: [id], action: "receive" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      done: [],
      refused: [
        {
          id,
          reason: {
            vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của cơ quan bạn.",
            en: "This request is not among your office's requests.",
          },
        },
      ],
    });
  });
});
