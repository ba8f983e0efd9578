import { findPaymentPage } from "@ansinh/db";
import { serviceByCode } from "@ansinh/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { renderSandboxPage } from "../../payments/sandbox-page";
import type { SandboxProvider } from "../../payments/sandbox-provider";
import { unknownPayment } from "../../use-cases/payments/payment-errors";
import { requestPagePath } from "../../use-cases/payments/start-payment";
import type { RouteContext } from "../route-context";
import { sandboxPageParams } from "./sandbox.types";

/** The sandbox page is opened once or twice per payment; more from one address is someone guessing. */
const PAGES_PER_MINUTE = 30;

/**
 * Who may call: anyone holding the reference, as with a bank's payment page (the browser arrives
 * from the citizen app without our cookie being needed); the reference is 128 random bits. Unknown
 * references get 404. Registered only while the sandbox is the configured gateway.
 */
export function registerGetSandboxPage(
  app: FastifyInstance,
  context: RouteContext,
  provider: SandboxProvider,
  publicBaseUrl: string,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/payments/sandbox/:reference",
    {
      config: context.perMinute(PAGES_PER_MINUTE),
      schema: {
        tags: ["payments"],
        summary: "The sandbox gateway's payment page (text/html), standing in for a bank's",
        description:
          "Three buttons post a signed callback to POST /api/payments/callback/sandbox: Xác nhận thanh " +
          "toán (confirmed), Thanh toán thất bại (failed), Bỏ dở (abandoned).",
        params: sandboxPageParams,
      },
    },
    async (request, reply) => {
      const page = await findPaymentPage(context.db, request.params.reference);
      if (!page || page.provider !== provider.name || !page.providerReference) throw unknownPayment();
      const serviceName = serviceByCode(page.serviceCode)?.name.vi ?? page.serviceCode;
      const html = renderSandboxPage({
        providerReference: page.providerReference,
        amount: page.amount,
        status: page.status,
        createdAt: page.createdAt,
        description: `${serviceName} — hồ sơ ${page.requestNumber ?? ""}`,
        callbackUrl: `${publicBaseUrl}/api/payments/callback/${provider.name}`,
        returnUrl: `${publicBaseUrl}${requestPagePath(page.requestId)}`,
        sign: provider.sign,
      });
      // The buttons carry signed callbacks: the page must not be kept by any cache.
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(html);
    },
  );
}
