import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createRecordsCitizen, type KnownRecords } from "../../testing/records-fixture";

describe.each(testDatabases)("POST /api/me/visits/:visitId/report errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  let known: KnownRecords;
  const report = (visitId: string, payload: unknown = {}) =>
    t.app.inject({
      method: "POST",
      url: `/api/me/visits/${visitId}/report`,
      headers: { cookie },
      payload: payload as object,
    });
  const reports = async () =>
    (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM visit_report"))[0]?.n;
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie, known } = await createRecordsCitizen(t));
  });
  afterAll(() => t.close());

  it("refuses a visit id that is not one, in both languages", async () => {
    expectFieldErrors(await report("12"), [
      {
        field: "params.visitId",
        code: "invalid_format",
        vi: "Mã lần khám không hợp lệ",
        en: "The visit id is not valid",
      },
    ]);
  });

  it("refuses a note longer than 500 characters or not text", async () => {
    expectFieldErrors(await report(known.visits.R51, { note: "ê".repeat(501) }), [
      {
        field: "body.note",
        code: "too_big",
        vi: "Ghi chú tối đa 500 ký tự",
        en: "The note can have at most 500 characters",
      },
    ]);
    expectFieldErrors(await report(known.visits.R51, { note: 12 }), [
      {
        field: "body.note",
        code: "invalid_type",
        vi: "Ghi chú phải là văn bản",
        en: "The note must be text",
      },
    ]);
    expect(await reports()).toBe(0);
  });

  it("refuses a note with control characters, in both languages, and files nothing", async () => {
    // NUL used to reach the insert and fail there with a 500; the others were stored.
    for (const control of ["\u0000", "\u0008", "\r", "\u000b", "\u001b", "\u007f"]) {
      expectFieldErrors(await report(known.visits.R51, { note: `Tôi không đi khám${control} ngày này` }), [
        {
          field: "body.note",
          code: "custom",
          vi: "Ghi chú có ký tự ẩn không hợp lệ (ký tự điều khiển); chỉ dùng chữ, số, dấu câu, dấu cách và xuống dòng",
          en: "The note contains hidden control characters; use only letters, digits, punctuation, spaces and line breaks",
        },
      ]);
    }
    expect(await reports()).toBe(0);
  });

  it("answers 404 in both languages for a visit that is not in the book", async () => {
    const res = await report(uuidv7());
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toEqual({
      vi: "Không tìm thấy lần khám chữa bệnh này trong sổ khám chữa bệnh của bạn.",
      en: "This medical visit is not in your medical record book.",
    });
    expect(await reports()).toBe(0);
  });

  it("accepts exactly 500 characters", async () => {
    expect((await report(known.visits.R51, { note: "ê".repeat(500) })).statusCode).toBe(201);
  });
});
