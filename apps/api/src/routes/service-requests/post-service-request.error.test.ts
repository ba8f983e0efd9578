import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { createBareCitizen } from "../../testing/records-fixture";
import { postRequest, reissueBook, writtenCounts } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests errors on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await createBareCitizen(t)).cookie;
  });
  afterAll(() => t.close());

  const submit = (serviceCode: string, answers: unknown) =>
    postRequest(t, cookie, { serviceCode, answers, submit: true, submissionKey: randomUUID() });

  it("reports each answer that does not fit the service's fields, in both languages, and writes nothing", async () => {
    const before = await writtenCounts(t);
    const res = await submit("reissue-card", { reason: "change_facility", colour: "red" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const errors = res.json().errors as { field: string; code: string; vi: string; en: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(["body.answers.colour", "body.answers.facilityCode"]);
    for (const e of errors) {
      expect(e.vi.length).toBeGreaterThan(5);
      expect(e.en.length).toBeGreaterThan(5);
    }
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("refuses a facility code that is well formed but does not exist", async () => {
    const res = await submit("reissue-card", { reason: "change_facility", facilityCode: "79Z99" });
    expectFieldErrors(res, [
      {
        field: "body.answers.facilityCode",
        code: "facility.unknown",
        vi: "Không có cơ sở khám chữa bệnh BHYT mã 79Z99. Vui lòng chọn từ danh sách.",
        en: "There is no health insurance facility with code 79Z99. Please choose one from the list.",
      },
    ]);
  });

  it("refuses an unknown service, a bad submission key and unknown body fields, per field", async () => {
    expectFieldErrors(await submit("no-such-service", {}), [
      {
        field: "body.serviceCode",
        code: "service.unknown",
        vi: "Không có dịch vụ công với mã này",
        en: "There is no public service with this code",
      },
    ]);
    const bad = await postRequest(t, cookie, { ...reissueBook, submit: "yes", submissionKey: "1" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "body.submit",
      "body.submissionKey",
    ]);
    const extra = await postRequest(t, cookie, {
      ...reissueBook,
      submit: true,
      submissionKey: randomUUID(),
      personId: randomUUID(),
    });
    expect(extra.statusCode).toBe(400);
    expect((await submit("reissue-book", "lost")).statusCode).toBe(400);
    expect((await submit("reissue-book", null)).statusCode).toBe(400);
  });

  it("answers malformed JSON with 400, never 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/service-requests",
      headers: { cookie, "content-type": "application/json" },
      payload: '{"serviceCode": ',
    });
    expect(res.statusCode).toBe(400);
  });

  it("refuses a service the citizen's records do not open to them with the reason (403)", async () => {
    const before = await writtenCounts(t);
    const res = await submit("benefit-receipt", {
      method: "post_office",
      postOfficeAddress: "Bưu điện Bến Thành",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail.vi).toContain("lương hưu");
    expect(res.json().detail.en).toContain("pension");
    expect((await submit("household-renewal", { months: 12, consent: true })).statusCode).toBe(403);
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("sends the child-account service to its own form (409)", async () => {
    const res = await submit("child-account", {});
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.vi).toContain("/dich-vu-cong/dang-ky-cho-con");
  });

  it("refuses a submission key already used for another service", async () => {
    const submissionKey = randomUUID();
    expect((await postRequest(t, cookie, { ...reissueBook, submit: true, submissionKey })).statusCode).toBe(
      201,
    );
    const res = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: { reason: "lost" },
      submit: true,
      submissionKey,
    });
    expect(res.statusCode).toBe(409);
  });
});
