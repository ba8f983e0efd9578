import { listOverduePayments } from "@ansinh/db";
import type { WorkerLog } from "../../outbox/start-outbox-worker";
import type { PaymentProvider } from "../../payments/payment-provider";
import type { RouteContext } from "../../routes/route-context";
import { settlePayment } from "./settle-payment";

/** A payment's callback is overdue after this long: the gateway is asked how it ended. */
const RECONCILE_AFTER_MINUTES = 15;

/** Payments looked at per run; the oldest first, the rest on the next run. */
const BATCH = 100;

/**
 * Asks the gateway about payments still pending after RECONCILE_AFTER_MINUTES (a callback lost, a
 * page left open) and settles those it says have ended — confirmed ones exactly as a callback would.
 * Safe to run in several processes at once: a payment is settled once whoever gets there first.
 */
export async function reconcilePayments(
  context: Pick<RouteContext, "db" | "cipher">,
  provider: PaymentProvider,
  log: Pick<WorkerLog, "warn" | "error">,
  now = new Date(),
): Promise<{ checked: number; settled: number }> {
  const overdue = await listOverduePayments(context.db, {
    provider: provider.name,
    createdBefore: new Date(now.getTime() - RECONCILE_AFTER_MINUTES * 60_000),
    limit: BATCH,
  });
  let settled = 0;
  for (const payment of overdue) {
    const { providerReference } = payment;
    try {
      const status = await provider.queryStatus(providerReference);
      if (status === "pending") continue;
      const result = await settlePayment(
        context,
        provider,
        { providerReference, outcome: status, amount: payment.amount },
        log,
      );
      if (result.changed) settled += 1;
    } catch (error) {
      // One gateway error must not hold up the others; the payment is asked about again next run.
      log.warn({ paymentId: payment.id, err: error }, "payment reconciliation failed");
    }
  }
  return { checked: overdue.length, settled };
}
