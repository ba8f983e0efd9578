import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { addWorkingDays, formatDate, publicHolidays, vietnamDate } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { makeBenefitRecipient, postRequest, reissueBook, smsTo } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("submits a request: number, deadline in working days, province office, timeline, notification and SMS", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const res = await postRequest(t, cookie, { ...reissueBook, submit: true, submissionKey: randomUUID() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    const dueOn = addWorkingDays(vietnamDate(new Date()), 5, publicHolidays());
    expect(body).toMatchObject({
      serviceCode: "reissue-book",
      serviceName: { vi: expect.stringContaining("sổ BHXH"), en: expect.any(String) },
      status: "submitted",
      answers: { reason: "lost" },
      dueOn,
      overdue: false,
      infoRequest: null,
      outcomeNote: null,
      office: { code: "BHXH-79", name: expect.any(String) },
      events: [
        { actor: "citizen", action: "submitted", fromStatus: null, toStatus: "submitted", note: null },
      ],
      payment: null,
    });
    expect(body.number).toMatch(new RegExp(`^DV${vietnamDate(new Date()).slice(2, 4)}\\d{8}$`));
    const [sms] = await smsTo(t, citizen.phone);
    expect(sms).toMatch(new RegExp(`^BHXH Viet Nam: da nhan ho so ${body.number} \\(Cap lai so BHXH\\)`));
    expect(sms).toContain(`Han giai quyet ${formatDate(dueOn)}`);
    expect(sms).toMatch(/^[\x20-\x7E]+$/);
    const notes = await t.app.inject({ method: "GET", url: "/api/notifications", headers: { cookie } });
    expect(notes.json()).toMatchObject({ unread: 1, items: [{ requestId: body.id, read: false }] });
  });

  it("saves a partial draft without a number, a deadline or any message", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const res = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: {},
      submit: false,
      submissionKey: randomUUID(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: "draft",
      number: null,
      dueOn: null,
      submittedAt: null,
      events: [],
    });
    expect(await smsTo(t, citizen.phone)).toEqual([]);
  });

  it("makes one request of the same submission key sent twice, and of a double tap", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const body = { ...reissueBook, submit: true, submissionKey: randomUUID() };
    const first = await postRequest(t, cookie, body);
    const again = await postRequest(t, cookie, body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    const tap = { ...reissueBook, submit: true, submissionKey: randomUUID() };
    const taps = await Promise.all([postRequest(t, cookie, tap), postRequest(t, cookie, tap)]);
    expect(taps.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(taps[0]?.json().number).toBe(taps[1]?.json().number);
    const rows = await t.db.query("SELECT 1 FROM service_request WHERE person_id = $1", [citizen.id]);
    expect(rows).toHaveLength(2);
    expect(await smsTo(t, citizen.phone)).toHaveLength(2);
  });

  it("keeps a bank account number sealed in the stored answers and shows only its last four digits", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    await makeBenefitRecipient(t, citizen.id);
    const res = await postRequest(t, cookie, {
      serviceCode: "benefit-receipt",
      answers: {
        method: "bank",
        bankName: "Vietcombank",
        bankAccount: "0071000123456",
        accountHolder: "TRAN THI THU HANG",
      },
      submit: true,
      submissionKey: randomUUID(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().answers.bankAccount).toBe("••••3456");
    expect(res.body).not.toContain("0071000123456");
    const [stored] = await t.db.query<{ answers: string }>(
      "SELECT answers::text AS answers FROM service_request WHERE person_id = $1",
      [citizen.id],
    );
    expect(stored?.answers).not.toContain("0071000123456");
    expect(stored?.answers).toContain("sealed:");
  });
});
