import { type Db, fieldCipherFor, testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PaymentProvider, ProviderPaymentStatus } from "../../payments/payment-provider";
import { createSandboxProvider } from "../../payments/sandbox-provider";
import {
  insertServiceRequest,
  paymentsOf,
  requestStatus,
  voluntaryContribution,
} from "../../routes/payments/payment-test-steps";
import { testConfig } from "../../testing/build-test-app";
import { createTestPerson } from "../../testing/person-fixture";
import { reconcilePayments } from "./reconcile-payments";
import { startPayment } from "./start-payment";

const quiet = { warn: () => {}, error: () => {} };
const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe.each(testDatabases)("reconciling overdue payments on $kind", (database) => {
  let db: Db;
  const context = () => ({ db, cipher: fieldCipherFor(testConfig.keys) });
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  async function openPayment(provider: PaymentProvider) {
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
    return request;
  }

  /** A gateway that answers what it is told and keeps its payments in the table, as the sandbox does. */
  function gatewayAnswering(status: ProviderPaymentStatus): PaymentProvider {
    const sandbox = createSandboxProvider({ db, secret: "s", publicBaseUrl: "" });
    return { ...sandbox, queryStatus: async () => status };
  }

  it("leaves payments younger than 15 minutes alone", async () => {
    const request = await openPayment(gatewayAnswering("confirmed"));
    const result = await reconcilePayments(context(), gatewayAnswering("confirmed"), quiet, minutesLater(14));
    expect(result.settled).toBe(0);
    expect((await paymentsOf({ db }, request.id)).map((p) => p.status)).toEqual(["pending"]);
  });

  it("expires a sandbox payment whose page was left open past 15 minutes; the request can be paid again", async () => {
    const sandbox = createSandboxProvider({
      db,
      secret: "s",
      publicBaseUrl: "",
      now: () => minutesLater(16),
    });
    const request = await openPayment(sandbox);
    await reconcilePayments(context(), sandbox, quiet, minutesLater(16));
    expect(await paymentsOf({ db }, request.id)).toEqual([
      { status: "expired", amount: 264_000, failureReason: "timed_out" },
    ]);
    expect(await requestStatus({ db }, request.id)).toBe("submitted");
  });

  it("completes the request when the gateway says a payment whose callback was lost went through", async () => {
    const gateway = gatewayAnswering("confirmed");
    const request = await openPayment(gateway);
    await reconcilePayments(context(), gateway, quiet, minutesLater(16));
    expect((await paymentsOf({ db }, request.id)).map((p) => p.status)).toEqual(["confirmed"]);
    expect(await requestStatus({ db }, request.id)).toBe("completed");
    // Asked again (another process, the next run): nothing more happens.
    expect((await reconcilePayments(context(), gateway, quiet, minutesLater(17))).checked).toBe(0);
  });

  it("keeps asking about a payment when the gateway cannot answer", async () => {
    const gateway: PaymentProvider = {
      ...gatewayAnswering("pending"),
      queryStatus: async () => {
        throw new Error("gateway down");
      },
    };
    const request = await openPayment(gateway);
    const warnings: unknown[] = [];
    await reconcilePayments(
      context(),
      gateway,
      { ...quiet, warn: (d) => warnings.push(d) },
      minutesLater(16),
    );
    expect(warnings).toHaveLength(1);
    expect((await paymentsOf({ db }, request.id)).map((p) => p.status)).toEqual(["pending"]);
  });
});
