/**
 * A payment gateway (VNPay, MoMo, a bank's collection service, or the sandbox) as the platform sees
 * it. The platform keeps its own record of every payment (the payment table); a provider only takes
 * the money and tells us, by a signed callback or when asked, how a payment ended.
 */
export interface PaymentProvider {
  /** Stored with each payment, so a payment is always settled by the gateway that took it. */
  readonly name: string;
  /** Opens a payment at the gateway; the citizen's browser is then sent to payUrl. */
  createPayment(payment: NewProviderPayment): Promise<{ providerReference: string; payUrl: string }>;
  /** Where to send the browser to go on with a payment already opened (a retried start). */
  payUrl(providerReference: string): string;
  /**
   * The gateway's callback, checked: null unless its signature is the gateway's own. The amount is
   * the one the gateway took, so that a callback for another amount confirms nothing.
   */
  verifyCallback(body: unknown, headers: Record<string, unknown>): VerifiedCallback | null;
  /** Asked when a callback is overdue (see reconcilePayments). */
  queryStatus(providerReference: string): Promise<ProviderPaymentStatus>;
}

export interface NewProviderPayment {
  paymentId: string;
  /** Whole đồng. */
  amount: number;
  /** Shown to the payer on the gateway's page (ASCII: some gateways refuse marks). */
  description: string;
  /** Where the gateway sends the browser back once the payer is done. */
  returnUrl: string;
}

/**
 * "abandoned": the payer left the gateway's page without paying (the sandbox's "Bỏ dở"); the payment
 * expires rather than fails, and nothing was taken.
 */
export type CallbackOutcome = "confirmed" | "failed" | "abandoned";

export interface VerifiedCallback {
  providerReference: string;
  outcome: CallbackOutcome;
  amount: number;
}

export type ProviderPaymentStatus = "pending" | "confirmed" | "failed" | "expired";
