import type { PaymentRow } from "@ansinh/db";

/** A payment as the citizen sees it: no gateway reference, no idempotency key. */
export interface PaymentView {
  id: string;
  amount: number;
  status: PaymentRow["status"];
  createdAt: string;
  settledAt: string | null;
  failureReason: string | null;
}

export function paymentView(payment: PaymentRow): PaymentView {
  return {
    id: payment.id,
    amount: payment.amount,
    status: payment.status,
    createdAt: payment.createdAt.toISOString(),
    settledAt: payment.settledAt?.toISOString() ?? null,
    failureReason: payment.failureReason,
  };
}
