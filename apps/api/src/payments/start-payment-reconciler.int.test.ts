import { type Db, fieldCipherFor, testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertServiceRequest,
  paymentsOf,
  voluntaryContribution,
} from "../routes/payments/payment-test-steps";
import { testConfig } from "../testing/build-test-app";
import { createTestPerson } from "../testing/person-fixture";
import { startPayment } from "../use-cases/payments/start-payment";
import { createSandboxProvider } from "./sandbox-provider";
import { startPaymentReconciler } from "./start-payment-reconciler";

describe.each(testDatabases)("the payment reconciler on $kind", (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  it("expires abandoned sandbox payments in the background until stopped", async () => {
    const provider = createSandboxProvider({ db, secret: "s", publicBaseUrl: "" });
    const person = await createTestPerson({ db });
    const request = await insertServiceRequest({ db }, person.id, voluntaryContribution(1_500_000, 1));
    await startPayment(
      { db },
      provider,
      { personId: person.id },
      {
        requestId: request.id,
        idempotencyKey: crypto.randomUUID(),
        publicBaseUrl: "",
      },
    );
    await db.query("UPDATE payment SET created_at = now() - interval '20 minutes' WHERE request_id = $1", [
      request.id,
    ]);

    const log = { info: () => {}, warn: () => {}, error: () => {} };
    const reconciler = startPaymentReconciler({
      context: { db, cipher: fieldCipherFor(testConfig.keys) },
      provider,
      log,
      intervalMs: 20,
    });
    await expect
      .poll(async () => (await paymentsOf({ db }, request.id)).map((p) => p.status), { timeout: 5_000 })
      .toEqual(["expired"]);
    await reconciler.stop();
  });
});
