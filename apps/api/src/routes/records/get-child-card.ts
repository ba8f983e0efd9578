import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { readChildCard } from "../../use-cases/records/read-card";
import type { RouteContext } from "../route-context";
import { cardResponse, childCardParams, presentCard } from "./card.types";

/**
 * Who may call: a signed-in parent (head of the household or spouse), for their own child under 18 in
 * the same household; 403 for any other number, whether it exists or not; 401 anonymous.
 */
export function registerGetChildCard(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/children/:bhxhNumber/card",
    {
      schema: {
        tags: ["records"],
        summary: "The health insurance card of one's own child under 18 in the same household",
        params: childCardParams,
        response: { 200: cardResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      const view = await readChildCard(context, citizen, request.params.bhxhNumber);
      return { asOf: view.asOf.toISOString(), card: presentCard(view.card) };
    },
  );
}
