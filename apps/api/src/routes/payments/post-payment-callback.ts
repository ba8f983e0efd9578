import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { PaymentProvider } from "../../payments/payment-provider";
import { forgedCallback } from "../../use-cases/payments/payment-errors";
import { settlePayment } from "../../use-cases/payments/settle-payment";
import { requestPagePath } from "../../use-cases/payments/start-payment";
import type { RouteContext } from "../route-context";
import { callbackResponse } from "./sandbox.types";

/** A real gateway calls once per payment (and retries); far more from one address is an attack. */
const CALLBACKS_PER_MINUTE = 120;

/**
 * Who may call: the gateway, proven by its HMAC signature over the reference, outcome and amount; no
 * session. A bad or missing signature gets 401 and changes nothing; a payment already ended answers
 * 200 and changes nothing (gateways retry). A browser's form post (the sandbox page) is sent back to
 * the citizen's request page with 303.
 */
export function registerPostPaymentCallback(
  app: FastifyInstance,
  context: RouteContext,
  provider: PaymentProvider,
  publicBaseUrl: string,
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    `/payments/callback/${provider.name}`,
    {
      config: context.perMinute(CALLBACKS_PER_MINUTE),
      schema: {
        tags: ["payments"],
        summary: `The ${provider.name} gateway's signed notification of how a payment ended`,
        description:
          "JSON or a form: reference, outcome (confirmed | failed | abandoned), amount, signature = " +
          "hex HMAC-SHA256 of reference, outcome and amount, one per line. 303 to the request page for a form.",
        response: { 200: callbackResponse },
      },
    },
    async (request, reply) => {
      const verified = provider.verifyCallback(request.body, request.headers);
      if (!verified) throw forgedCallback();
      const { payment, changed } = await settlePayment(context, provider, verified, request.log);
      if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
        return reply.redirect(`${publicBaseUrl}${requestPagePath(payment.requestId)}`, 303);
      }
      return { status: payment.status, changed };
    },
  );
}
