import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { petitionCounts, petitionForm, postPetition } from "../../../testing/petition-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";
import { createBareCitizen } from "../../../testing/records-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("POST /api/help/petitions refusals on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await createBareCitizen(t)).cookie;
  });
  afterAll(() => t.close());

  it("reports a bad category, a too short content and a file that is not a picture together, changing nothing", async () => {
    const before = await petitionCounts(t);
    const res = await postPetition(
      t,
      cookie,
      petitionForm({
        category: "lottery",
        content: "  Quá ngắn  ",
        photo: Buffer.from("%PDF-1.7 not a photo"),
      }),
    );
    expectFieldErrors(res, [
      {
        field: "body.category",
        code: "invalid_value",
        vi: "Vui lòng chọn một lĩnh vực phản ánh, kiến nghị trong danh sách",
        en: "Please choose what the petition is about from the list",
      },
      {
        field: "body.content",
        code: "too_small",
        vi: "Nội dung cần ít nhất 20 ký tự để cơ quan BHXH hiểu rõ vấn đề",
        en: "Please write at least 20 characters so the office understands the matter",
      },
      expect.objectContaining({ field: "body.photo", code: "not_an_image" }),
    ]);
    const photo = (res.json().errors as { vi: string; en: string }[])[2];
    expect(photo?.vi).toBeTruthy();
    expect(photo?.en).toBeTruthy();
    expect(await petitionCounts(t)).toEqual(before);
  });

  it("refuses a missing field, a bad submission key and a content over 2000 characters", async () => {
    const before = await petitionCounts(t);
    const res = await postPetition(
      t,
      cookie,
      petitionForm({ submissionKey: "short", category: undefined, content: "Nội dung ".repeat(250) }),
    );
    expect(res.statusCode).toBe(400);
    expect((res.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code])).toEqual([
      ["body.submissionKey", "invalid_format"],
      ["body.category", "invalid_value"],
      ["body.content", "too_big"],
    ]);
    expect(await petitionCounts(t)).toEqual(before);
  });

  it("refuses a picture too small to read, and a body that is not multipart, without a 500", async () => {
    const small = await postPetition(t, cookie, petitionForm({ photo: await testJpeg(120, 90) }));
    expect(small.statusCode).toBe(400);
    expect(small.json().errors).toEqual([
      expect.objectContaining({ field: "body.photo", code: "too_small" }),
    ]);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/help/petitions",
      headers: { cookie },
      payload: petitionForm(),
    });
    expect(json.statusCode).toBe(400);
    expect(json.headers["content-type"]).toContain("application/problem+json");
  });
});
