import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CODES_PER_MINUTE } from "../../plugins/public-limits";
import { confirmPasswordReset, startPasswordReset } from "../../use-cases/citizen/reset-password";
import type { RouteContext } from "../route-context";
import { passwordResetBody, passwordResetConfirmBody, passwordResetStarted } from "./auth.types";

/**
 * "Quên mật khẩu". Who may call: anyone; the answer never says whether the number and phone match an
 * account, and only the registered phone receives a code.
 */
export async function registerPasswordResetRoutes(app: FastifyInstance, context: RouteContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    "/password-reset",
    {
      config: context.perMinute(CODES_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary: "Starts a password reset: a code to the registered phone if the number and phone match",
        body: passwordResetBody,
        response: { 202: passwordResetStarted },
      },
    },
    async (request, reply) => reply.status(202).send(await startPasswordReset(context, request.body)),
  );

  routes.post(
    "/password-reset/confirm",
    {
      config: context.perMinute(CODES_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary: "Sets the new password with the code; every session of the account ends",
        body: passwordResetConfirmBody,
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(context, request.body);
      return reply.status(204).send();
    },
  );
}
