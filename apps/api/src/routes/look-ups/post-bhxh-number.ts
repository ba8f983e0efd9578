import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { lookUpBhxhNumber } from "../../use-cases/look-ups/look-up-bhxh-number";
import type { RouteContext } from "../route-context";
import { bhxhNumberBody, bhxhNumberResponse } from "./post-bhxh-number.types";

/**
 * Who may call: anyone, with a solved proof of work (each used once) and at most 10 a minute from one
 * address. It is built against enumeration: masked names, no number without an exact birth date or ID
 * number, at most 5 candidates, and one identical empty answer for every way of not matching.
 */
export function registerPostBhxhNumber(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/bhxh-number",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Tra cứu mã số BHXH: province, full name and date of birth or ID number",
        description:
          "Persons of the province whose name (with or without diacritics) and date of birth or ID number agree; the number only where the ID number or the full date of birth matched exactly. 400 on body.altcha (code proof_of_work) for a missing, expired or used proof of work; 429 with Retry-After after 10 a minute.",
        body: bhxhNumberBody,
        response: { 200: bhxhNumberResponse },
      },
    },
    async (request) => {
      const { altcha, ...typed } = request.body;
      await context.proofOfWork.spend(altcha);
      return { candidates: await lookUpBhxhNumber(context, typed) };
    },
  );
}
