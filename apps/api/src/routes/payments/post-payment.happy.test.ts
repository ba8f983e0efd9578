import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMS_TOPIC } from "../../sms/sms-message";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import {
  cardEnds,
  createCardedHousehold,
  householdRenewal,
  insertServiceRequest,
  paymentsOf,
  postPayment,
  pressSandboxButton,
  requestStatus,
  voluntaryContribution,
} from "./payment-test-steps";

describe.each(testDatabases)("paying for a request on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function signedIn() {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    return { citizen, cookie: await citizenCookie(t.app, citizen) };
  }

  it("renews the household's cards once the sandbox confirms: request completed, citizen told", async () => {
    const { citizen, cookie } = await signedIn();
    const [, member] = await createCardedHousehold(t, citizen, { others: 1, validTo: "2030-12-31" });
    if (!member) throw new Error("household not made");
    const request = await insertServiceRequest(t, citizen.id, householdRenewal(12));

    const key = crypto.randomUUID();
    const started = await postPayment(t.app, request.id, cookie, key);
    expect(started.statusCode).toBe(201);
    const { payment, payUrl } = started.json();
    // Two members at the base salary of 2,530,000: 113,850 and 70 % of it, 79,695, a month.
    expect(payment).toMatchObject({ amount: (113_850 + 79_695) * 12, status: "pending", settledAt: null });
    expect(payUrl).toMatch(/^\/api\/payments\/sandbox\/SB[0-9A-F]{32}$/);

    // A retry with the key, or a new attempt while the gateway still has this one open: the same payment.
    for (const again of [key, crypto.randomUUID()]) {
      const res = await postPayment(t.app, request.id, cookie, again);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ payment, payUrl });
    }

    const confirmed = await pressSandboxButton(t.app, payUrl, "confirmed");
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(`/dich-vu-cong/yeu-cau/${request.id}`);
    expect(await paymentsOf(t, request.id)).toEqual([
      { status: "confirmed", amount: 2_322_540, failureReason: null },
    ]);
    expect(await requestStatus(t, request.id)).toBe("completed");
    for (const person of [citizen, member]) {
      expect(await cardEnds(t, person.id)).toEqual([{ validTo: "2031-12-31", status: "active" }]);
    }
    const events = await t.db.query<{ action: string; actor: string; toStatus: string }>(
      `SELECT action, actor, to_status AS "toStatus" FROM service_request_event WHERE request_id = $1`,
      [request.id],
    );
    expect(events).toEqual([{ action: "payment_confirmed", actor: "system", toStatus: "completed" }]);
    const notifications = await t.db.query("SELECT 1 FROM citizen_notification WHERE request_id = $1", [
      request.id,
    ]);
    expect(notifications).toHaveLength(1);
    const sms = await t.db.query<{ text: string }>(
      "SELECT payload->>'text' AS text FROM outbox WHERE topic = $1 AND strpos(payload->>'text', $2) > 0",
      [SMS_TOPIC, request.number],
    );
    expect(sms).toHaveLength(1);
  });

  it("lets the person pay again after a failure and after giving up, then enters the voluntary months", async () => {
    const { citizen, cookie } = await signedIn();
    const request = await insertServiceRequest(t, citizen.id, voluntaryContribution(1_500_000, 3));

    const first = (await postPayment(t.app, request.id, cookie)).json();
    expect(first.payment.amount).toBe(3 * 264_000);
    expect((await pressSandboxButton(t.app, first.payUrl, "failed")).statusCode).toBe(303);
    expect(await requestStatus(t, request.id)).toBe("submitted");

    const second = await postPayment(t.app, request.id, cookie);
    expect(second.statusCode).toBe(201);
    expect(second.json().payment.id).not.toBe(first.payment.id);
    await pressSandboxButton(t.app, second.json().payUrl, "abandoned");
    expect(await requestStatus(t, request.id)).toBe("submitted");

    const third = await postPayment(t.app, request.id, cookie);
    expect(third.statusCode).toBe(201);
    await pressSandboxButton(t.app, third.json().payUrl, "confirmed");

    expect(await paymentsOf(t, request.id)).toEqual([
      { status: "failed", amount: 792_000, failureReason: "declined" },
      { status: "expired", amount: 792_000, failureReason: "abandoned" },
      { status: "confirmed", amount: 792_000, failureReason: null },
    ]);
    expect(await requestStatus(t, request.id)).toBe("completed");
    const periods = await t.db.query<{ months: number }>(
      `SELECT (extract(year FROM age(to_month, from_month)) * 12 + extract(month FROM age(to_month, from_month)) + 1)::int
         AS months
       FROM participation_period WHERE person_id = $1 AND scheme = 'bhxh_voluntary' AND status = 'paid'`,
      [citizen.id],
    );
    expect(periods).toEqual([{ months: 3 }]);

    // Once completed, there is nothing left to pay.
    expect((await postPayment(t.app, request.id, cookie)).statusCode).toBe(409);
  });
});
