import type { FastifyInstance } from "fastify";
import { createPaymentProvider, DEV_PAYMENTS, type PaymentsConfig } from "../../payments/payments-config";
import type { RouteContext } from "../route-context";
import { registerGetSandboxPage } from "./get-sandbox-page";
import { registerPostPayment } from "./post-payment";
import { registerPostPaymentCallback } from "./post-payment-callback";

/** The sandbox page's buttons post forms; no other route here takes one, and none is larger than this. */
const FORM_BODY_LIMIT = 4096;

/**
 * Payments for paid public services (issue 5), registered under /api: the citizen opens a payment,
 * the gateway calls back. `payments` comes from the configuration; until it is set there, the
 * sandbox gateway with its development key.
 */
export async function registerPaymentRoutes(
  app: FastifyInstance,
  options: { context: RouteContext; payments?: PaymentsConfig },
) {
  const { context } = options;
  const config = options.payments ?? DEV_PAYMENTS;
  const provider = createPaymentProvider(config, context.db);
  // Only inside this plugin: the rest of the API keeps refusing form posts.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  registerPostPayment(app, context, provider, config.publicBaseUrl);
  registerPostPaymentCallback(app, context, provider, config.publicBaseUrl);
  registerGetSandboxPage(app, context, provider, config.publicBaseUrl);
}
