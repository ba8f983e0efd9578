import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { findPaymentByReference, type SqlRunner } from "@ansinh/db";
import { z } from "zod";
import type { PaymentProvider, ProviderPaymentStatus, VerifiedCallback } from "./payment-provider";

/**
 * The sandbox gateway: a documented stand-in for a real one (VNPay, MoMo…), the default outside
 * production. Its "bank page" is GET /api/payments/sandbox/:reference, served by this platform, whose
 * three buttons post a callback signed the way a real gateway signs its own: HMAC-SHA256 with a secret
 * shared by gateway and platform, so the callback endpoint is written and tested as it will run against
 * a real gateway. It remembers nothing itself: what it shows and answers comes from the payment table.
 */
const SANDBOX_PROVIDER = "sandbox";

/** A payment page left unanswered this long is given up, as real gateways do (VNPay: 15 minutes). */
const SANDBOX_PAGE_MINUTES = 15;

/** "SB" and 32 hex digits: unguessable, since the page opens for whoever has the reference. */
export const SANDBOX_REFERENCE = /^SB[0-9A-F]{32}$/;

const callbackBody = z.object({
  reference: z.string().regex(SANDBOX_REFERENCE),
  outcome: z.enum(["confirmed", "failed", "abandoned"]),
  // Form posts carry text; JSON callers may send a number.
  amount: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

interface SandboxOptions {
  db: SqlRunner;
  /** The HMAC key the page signs with and the callback checks. */
  secret: string;
  /** Prefix of the page's address ("" = the same origin as the API). */
  publicBaseUrl: string;
  now?: () => Date;
}

export interface SandboxProvider extends PaymentProvider {
  /** The signature the sandbox page puts on a callback: what a real gateway computes on its side. */
  sign(callback: VerifiedCallback): string;
}

export function createSandboxProvider(options: SandboxOptions): SandboxProvider {
  const { db, secret, publicBaseUrl, now = () => new Date() } = options;
  const sign = (callback: VerifiedCallback) =>
    createHmac("sha256", secret).update(signedText(callback)).digest("hex");
  const payUrl = (providerReference: string) => `${publicBaseUrl}/api/payments/sandbox/${providerReference}`;

  return {
    name: SANDBOX_PROVIDER,
    sign,
    payUrl,
    createPayment: async () => {
      const providerReference = `SB${randomBytes(16).toString("hex").toUpperCase()}`;
      return { providerReference, payUrl: payUrl(providerReference) };
    },
    verifyCallback: (body) => {
      const parsed = callbackBody.safeParse(body);
      if (!parsed.success) return null;
      const { reference, outcome, amount, signature } = parsed.data;
      const callback: VerifiedCallback = { providerReference: reference, outcome, amount };
      const expected = Buffer.from(sign(callback), "hex");
      return timingSafeEqual(expected, Buffer.from(signature, "hex")) ? callback : null;
    },
    queryStatus: async (providerReference): Promise<ProviderPaymentStatus> => {
      const payment = await findPaymentByReference(db, providerReference);
      if (!payment) return "expired";
      if (payment.status !== "pending") return payment.status;
      const ageMs = now().getTime() - payment.createdAt.getTime();
      return ageMs >= SANDBOX_PAGE_MINUTES * 60_000 ? "expired" : "pending";
    },
  };
}

/**
 * One line per field, so no value can run into the next: the amount is signed too, so a callback for
 * another amount than the page showed is refused.
 */
function signedText(callback: VerifiedCallback) {
  return `${callback.providerReference}\n${callback.outcome}\n${callback.amount}`;
}
