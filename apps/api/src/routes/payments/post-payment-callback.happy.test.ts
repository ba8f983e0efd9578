import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import {
  insertServiceRequest,
  paymentsOf,
  postCallback,
  postPayment,
  requestStatus,
  sandboxForm,
  voluntaryContribution,
} from "./payment-test-steps";

describe.each(testDatabases)("the gateway's callback on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function openPayment(income: number) {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const request = await insertServiceRequest(t, citizen.id, voluntaryContribution(income, 1));
    const { payUrl } = (await postPayment(t.app, request.id, await citizenCookie(t.app, citizen))).json();
    return { citizen, request, payUrl: payUrl as string };
  }

  it("answers a gateway's JSON callback with the payment's status, and a repeat changes nothing", async () => {
    const { request, payUrl } = await openPayment(2_000_000);
    const fields = await sandboxForm(t.app, payUrl, "confirmed");
    const callback = () =>
      t.app.inject({ method: "POST", url: "/api/payments/callback/sandbox", payload: fields });
    const res = await callback();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "confirmed", changed: true });
    const again = await callback();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: "confirmed", changed: false });
    expect(await requestStatus(t, request.id)).toBe("completed");
  });

  it("sends the browser back to the request page after a form post, even when the payment had ended", async () => {
    const { citizen, request, payUrl } = await openPayment(1_800_000);
    const fields = await sandboxForm(t.app, payUrl, "confirmed");
    for (let i = 0; i < 2; i += 1) {
      const res = await postCallback(t.app, fields);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/dich-vu-cong/yeu-cau/${request.id}`);
    }
    expect(await paymentsOf(t, request.id)).toEqual([
      { status: "confirmed", amount: 396_000 - 66_000, failureReason: null },
    ]);
    const periods = await t.db.query("SELECT 1 FROM participation_period WHERE person_id = $1", [citizen.id]);
    expect(periods).toHaveLength(1);
  });
});
