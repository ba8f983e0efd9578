import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen, createRecordsCitizen } from "../../testing/records-fixture";
import { makeBenefitRecipient, postRequest, smsTo } from "./service-request-fixture";

describe.each(testDatabases)("PUT /api/service-requests/:id on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const put = (id: string, cookie: string, payload: object) =>
    t.app.inject({ method: "PUT", url: `/api/service-requests/${id}`, headers: { cookie }, payload });

  it("saves a draft again, then submits it with a number, a deadline and the SMS", async () => {
    const { citizen, cookie } = await createRecordsCitizen(t);
    const draft = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: { reason: "change_facility" },
      submit: false,
      submissionKey: randomUUID(),
    });
    const id = draft.json().id;
    const saved = await put(id, cookie, {
      answers: { reason: "change_facility", facilityCode: "79t02" },
      submit: false,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: "draft", number: null, answers: { facilityCode: "79T02" } });
    expect(await smsTo(t, citizen.phone)).toEqual([]);
    const sent = await put(id, cookie, { answers: saved.json().answers, submit: true });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ id, status: "submitted", dueOn: expect.any(String) });
    expect(sent.json().number).toMatch(/^DV\d{10}$/);
    expect(sent.json().events).toMatchObject([
      { action: "submitted", fromStatus: "draft", toStatus: "submitted" },
    ]);
    expect(await smsTo(t, citizen.phone)).toHaveLength(1);
  });

  it("gives the owner a draft's account number back in clear so the form can be finished", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    await makeBenefitRecipient(t, citizen.id);
    const draft = await postRequest(t, cookie, {
      serviceCode: "benefit-receipt",
      answers: { method: "bank", bankAccount: "0071000123456" },
      submit: false,
      submissionKey: randomUUID(),
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().answers).toEqual({ method: "bank", bankAccount: "0071000123456" });
    const res = await put(draft.json().id, cookie, { answers: { method: "post_office" }, submit: false });
    expect(res.json().answers).toEqual({ method: "post_office" });
  });
});
