import {
  findPaymentByReference,
  findServiceRequest,
  type PaymentRow,
  type PaymentStatus,
  type ServiceRequestRow,
  type SqlRunner,
  settlePendingPayment,
} from "@ansinh/db";
import { type ServiceEffect, serviceByCode } from "@ansinh/domain";
import type { WorkerLog } from "../../outbox/start-outbox-worker";
import type { CallbackOutcome, PaymentProvider } from "../../payments/payment-provider";
import type { RouteContext } from "../../routes/route-context";
import { changeRequestStatus } from "../public-services/change-request-status";
import { payVoluntary } from "../public-services/effects/pay-voluntary";
import { renewHouseholdCard } from "../public-services/effects/renew-household-card";
import { unknownPayment } from "./payment-errors";

/** How a payment ended: a gateway's callback, or the gateway's answer when asked about an overdue one. */
interface PaymentReport {
  providerReference: string;
  outcome: CallbackOutcome | "expired";
  /** What the gateway says it took. */
  amount: number;
}

interface Settlement {
  payment: PaymentRow;
  /** False when the payment had already ended: a repeated callback changes nothing. */
  changed: boolean;
}

type PaidEffect = (
  tx: SqlRunner,
  context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
  payment: { amount: number },
) => Promise<void>;

/** What a confirmed payment buys; staff completion never runs these (the payment is what completes). */
const paidEffects: Partial<Record<ServiceEffect, PaidEffect>> = {
  renew_household_card: renewHouseholdCard,
  pay_voluntary: payVoluntary,
};

const endings: Record<
  PaymentReport["outcome"],
  { status: Exclude<PaymentStatus, "pending">; reason: string | null }
> = {
  confirmed: { status: "confirmed", reason: null },
  failed: { status: "failed", reason: "declined" },
  abandoned: { status: "expired", reason: "abandoned" },
  expired: { status: "expired", reason: "timed_out" },
};

/**
 * Records how a payment ended, once. Confirmed: in one transaction the payment is confirmed, what it
 * paid for is applied (cards renewed, voluntary months entered) and the request completed — with its
 * event, notification and SMS. Failed or abandoned: only the payment changes; the request stays
 * submitted and can be paid again. A report for a payment already ended changes nothing.
 */
export async function settlePayment(
  context: Pick<RouteContext, "db" | "cipher">,
  provider: Pick<PaymentProvider, "name">,
  report: PaymentReport,
  log?: Pick<WorkerLog, "error">,
): Promise<Settlement> {
  return context.db.transaction(async (tx) => {
    const payment = await findPaymentByReference(tx, report.providerReference, { forUpdate: true });
    if (!payment || payment.provider !== provider.name) throw unknownPayment();
    if (payment.status !== "pending") return { payment, changed: false };

    // A confirmation of another amount than asked is not a payment of this request.
    const ending =
      report.outcome === "confirmed" && report.amount !== payment.amount
        ? { status: "failed" as const, reason: "amount_mismatch" }
        : endings[report.outcome];
    const request = await findServiceRequest(tx, payment.personId, payment.requestId, { forUpdate: true });
    const settled = await settlePendingPayment(tx, payment, {
      status: ending.status,
      failureReason: ending.reason,
    });
    // Both rows are locked, so the payment is still pending here.
    if (!settled) return { payment, changed: false };
    if (settled.status === "confirmed" && request) await complete(tx, context, request, settled, log);
    return { payment: settled, changed: true };
  });
}

async function complete(
  tx: SqlRunner,
  context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
  payment: PaymentRow,
  log: Pick<WorkerLog, "error"> | undefined,
) {
  if (request.status !== "submitted") {
    // Money was taken for a request that is no longer waiting for it (staff moved it on meanwhile):
    // the payment is recorded as it happened and staff settle the rest by hand.
    log?.error(
      { paymentId: payment.id, requestId: request.id, status: request.status },
      "payment confirmed for a request no longer awaiting payment",
    );
    return;
  }
  const effect = serviceByCode(request.serviceCode)?.effect;
  const apply = effect ? paidEffects[effect] : undefined;
  await apply?.(tx, context, request, payment);
  await changeRequestStatus(tx, request, {
    to: "completed",
    actor: { kind: "system" },
    action: "payment_confirmed",
  });
}
