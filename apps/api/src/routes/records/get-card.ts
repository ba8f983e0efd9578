import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { signedInReader } from "../../auth/citizen-session";
import { readOwnCard } from "../../use-cases/records/read-card";
import type { RouteContext } from "../route-context";
import { cardResponse, presentCard } from "./card.types";

/** Who may call: the signed-in citizen, for their own card (401 anonymous); card is null without one. */
export function registerGetCard(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/card",
    {
      schema: {
        tags: ["records"],
        summary: "Thẻ BHYT: the current card, what it pays today and the rules that apply",
        response: { 200: cardResponse },
      },
    },
    async (request) => {
      const view = await readOwnCard(signedInReader(request, context));
      return { asOf: view.asOf.toISOString(), card: presentCard(view.card) };
    },
  );
}
