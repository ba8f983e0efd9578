import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import type { PaymentProvider } from "../../payments/payment-provider";
import { startPayment } from "../../use-cases/payments/start-payment";
import type { RouteContext } from "../route-context";
import { requestParams } from "../service-requests/request-shapes.types";
import { paymentBody, paymentResponse } from "./post-payment.types";

/**
 * Who may call: the signed-in citizen, for their own submitted request of a paid service; another
 * citizen's request gets the same 404 as an unknown id; 401 anonymous; 409 when the service needs no
 * payment or the request is not waiting for one. 201 when a payment is opened, 200 when an existing
 * one is handed back (the same key again, or a payment still open at the gateway).
 */
export function registerPostPayment(
  app: FastifyInstance,
  context: RouteContext,
  provider: PaymentProvider,
  publicBaseUrl: string,
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/service-requests/:id/payments",
    {
      schema: {
        tags: ["public services"],
        summary: "Thanh toán: open a payment for a paid request (household BHYT renewal, voluntary BHXH)",
        description:
          "The amount is worked out by the server from the registry and the request's answers. The " +
          "browser then goes to payUrl; the gateway's callback completes the request.",
        params: requestParams,
        body: paymentBody,
        response: { 200: paymentResponse, 201: paymentResponse },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const start = await startPayment(context, provider, citizen, {
        requestId: request.params.id,
        idempotencyKey: request.body.idempotencyKey,
        publicBaseUrl,
      });
      reply.status(start.created ? 201 : 200);
      return { payment: start.payment, payUrl: start.payUrl };
    },
  );
}
