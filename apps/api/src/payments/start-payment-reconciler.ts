import { setTimeout as sleep } from "node:timers/promises";
import type { WorkerLog } from "../outbox/start-outbox-worker";
import type { RouteContext } from "../routes/route-context";
import { reconcilePayments } from "../use-cases/payments/reconcile-payments";
import type { PaymentProvider } from "./payment-provider";

/** Overdue payments wait at most this long past their 15 minutes before the gateway is asked. */
const RECONCILE_INTERVAL_MS = 60_000;

/**
 * Runs reconcilePayments every interval until stopped: started beside the outbox worker (main.ts), in
 * as many processes as run the worker, since a payment is settled once whoever asks first.
 */
export function startPaymentReconciler(options: {
  context: Pick<RouteContext, "db" | "cipher">;
  provider: PaymentProvider;
  log: WorkerLog;
  intervalMs?: number;
}): { stop(): Promise<void> } {
  const { context, provider, log, intervalMs = RECONCILE_INTERVAL_MS } = options;
  const stopping = new AbortController();

  async function run() {
    while (!stopping.signal.aborted) {
      try {
        const { settled } = await reconcilePayments(context, provider, log);
        if (settled > 0) log.info({ settled }, "overdue payments settled");
      } catch (error) {
        log.error({ err: error }, "payment reconciliation failed");
      }
      await sleep(intervalMs, undefined, { signal: stopping.signal }).catch(() => {});
    }
  }

  const running = run();
  return {
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
