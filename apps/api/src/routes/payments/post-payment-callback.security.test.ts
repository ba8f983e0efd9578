import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxProvider } from "../../payments/sandbox-provider";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import {
  cardEnds,
  createCardedHousehold,
  householdRenewal,
  insertServiceRequest,
  paymentsOf,
  postCallback,
  postPayment,
  requestStatus,
  sandboxForm,
} from "./payment-test-steps";

describe.each(testDatabases)("who may settle a payment on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function openPayment() {
    const owner = await createTestCitizen(t, { mustChangePassword: false });
    await createCardedHousehold(t, owner, { others: 0, validTo: "2030-12-31" });
    const request = await insertServiceRequest(t, owner.id, householdRenewal(12));
    const { payUrl } = (await postPayment(t.app, request.id, await citizenCookie(t.app, owner))).json();
    return { owner, request, payUrl: payUrl as string };
  }

  async function expectUnchanged(opened: Awaited<ReturnType<typeof openPayment>>) {
    expect((await paymentsOf(t, opened.request.id)).map((p) => p.status)).toEqual(["pending"]);
    expect(await requestStatus(t, opened.request.id)).toBe("submitted");
    expect(await cardEnds(t, opened.owner.id)).toEqual([{ validTo: "2030-12-31", status: "active" }]);
  }

  it("refuses forged confirmations with 401 and changes nothing", async () => {
    const opened = await openPayment();
    const confirm = await sandboxForm(t.app, opened.payUrl, "confirmed");
    const failed = await sandboxForm(t.app, opened.payUrl, "failed");
    const otherKey = createSandboxProvider({ db: t.db, secret: "someone-elses-key", publicBaseUrl: "" });
    const forgeries = [
      { ...confirm, signature: "0".repeat(64) },
      { ...confirm, signature: undefined },
      // A failure's signature does not confirm.
      { ...failed, outcome: "confirmed" },
      // The amount is signed: a cheaper confirmation does not verify.
      { ...confirm, amount: "1" },
      {
        ...confirm,
        signature: otherKey.sign({
          providerReference: confirm.reference ?? "",
          outcome: "confirmed",
          amount: Number(confirm.amount),
        }),
      },
    ];
    for (const forged of forgeries) {
      const fields = Object.fromEntries(Object.entries(forged).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >;
      const res = await postCallback(t.app, fields);
      expect(res.statusCode).toBe(401);
      expect(res.headers.location).toBeUndefined();
      const json = await t.app.inject({
        method: "POST",
        url: "/api/payments/callback/sandbox",
        payload: fields,
      });
      expect(json.statusCode).toBe(401);
    }
    await expectUnchanged(opened);
  });

  it("does not let a genuine confirmation revive a payment that failed, nor a replay apply twice", async () => {
    const opened = await openPayment();
    const confirm = await sandboxForm(t.app, opened.payUrl, "confirmed");
    await postCallback(t.app, await sandboxForm(t.app, opened.payUrl, "failed"));
    await postCallback(t.app, confirm);
    expect((await paymentsOf(t, opened.request.id)).map((p) => p.status)).toEqual(["failed"]);
    expect(await requestStatus(t, opened.request.id)).toBe("submitted");

    const second = await openPayment();
    const secondConfirm = await sandboxForm(t.app, second.payUrl, "confirmed");
    for (let i = 0; i < 3; i += 1) await postCallback(t.app, secondConfirm);
    expect(await cardEnds(t, second.owner.id)).toEqual([{ validTo: "2031-12-31", status: "active" }]);
    const events = await t.db.query("SELECT 1 FROM service_request_event WHERE request_id = $1", [
      second.request.id,
    ]);
    expect(events).toHaveLength(1);
  });
});
