import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { lookUpHousehold } from "../../use-cases/look-ups/look-up-household";
import type { RouteContext } from "../route-context";
import { householdBody, householdResponse } from "./post-household.types";

/**
 * Who may call: anyone who knows a person's BHXH number and name, with a solved proof of work (each
 * used once) and at most 10 a minute from one address. Members are masked; a number and a name that
 * do not belong together get the same empty answer as a person without a household.
 */
export function registerPostHousehold(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/household",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Tra cứu hộ gia đình: the masked members of a person's household",
        description:
          "The household of the person whose BHXH number and (folded) name both match. 400 on body.altcha (code proof_of_work) for a missing, expired or used proof of work; 429 with Retry-After after 10 a minute.",
        body: householdBody,
        response: { 200: householdResponse },
      },
    },
    async (request) => {
      const { altcha, ...typed } = request.body;
      await context.proofOfWork.spend(altcha);
      return { members: await lookUpHousehold(context, typed) };
    },
  );
}
