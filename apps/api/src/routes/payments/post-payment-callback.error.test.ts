import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_PAYMENTS } from "../../payments/payments-config";
import { createSandboxProvider } from "../../payments/sandbox-provider";
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

describe.each(testDatabases)("the gateway's callback, refused or odd, on $kind", (database) => {
  let t: TestAppWithDocuments;
  // Signs as the gateway does (the test app runs with the development key).
  const gateway = () =>
    createSandboxProvider({ db: t.db, secret: DEV_PAYMENTS.sandboxSecret, publicBaseUrl: "" });
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function openPayment() {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const request = await insertServiceRequest(t, citizen.id, voluntaryContribution(1_500_000, 1));
    const { payUrl } = (await postPayment(t.app, request.id, await citizenCookie(t.app, citizen))).json();
    return { request, payUrl: payUrl as string };
  }

  it("answers 404 to a well-signed callback for a payment it never opened", async () => {
    const callback = {
      providerReference: "SB00000000000000000000000000000000",
      outcome: "confirmed" as const,
      amount: 264_000,
    };
    const res = await postCallback(t.app, {
      reference: callback.providerReference,
      outcome: callback.outcome,
      amount: String(callback.amount),
      signature: gateway().sign(callback),
    });
    expect(res.statusCode).toBe(404);
  });

  it("fails a payment the gateway confirms for another amount; the request stays submitted", async () => {
    const { request, payUrl } = await openPayment();
    const fields = await sandboxForm(t.app, payUrl, "confirmed");
    const callback = {
      providerReference: fields.reference ?? "",
      outcome: "confirmed" as const,
      amount: 1_000,
    };
    const res = await postCallback(t.app, { ...fields, amount: "1000", signature: gateway().sign(callback) });
    expect(res.statusCode).toBe(303);
    expect(await paymentsOf(t, request.id)).toEqual([
      { status: "failed", amount: 264_000, failureReason: "amount_mismatch" },
    ]);
    expect(await requestStatus(t, request.id)).toBe("submitted");
  });

  it("records a confirmation for a request staff already took up, without completing it", async () => {
    const { request, payUrl } = await openPayment();
    await t.db.query("UPDATE service_request SET status = 'received' WHERE id = $1", [request.id]);
    const res = await postCallback(t.app, await sandboxForm(t.app, payUrl, "confirmed"));
    expect(res.statusCode).toBe(303);
    expect(await paymentsOf(t, request.id)).toEqual([
      { status: "confirmed", amount: 264_000, failureReason: null },
    ]);
    expect(await requestStatus(t, request.id)).toBe("received");
  });

  it("answers a malformed or unsupported body with 4xx, never 500", async () => {
    for (const [contentType, payload] of [
      ["application/json", "{"],
      ["application/json", "[1, 2]"],
      ["text/plain", "reference=SB"],
      ["application/x-www-form-urlencoded", "%%%&&&=="],
      ["application/x-www-form-urlencoded", "x".repeat(10_000)],
    ] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/payments/callback/sandbox",
        headers: { "content-type": contentType },
        payload,
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});
