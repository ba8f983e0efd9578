import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { readBenefits } from "../../use-cases/records/read-benefits";
import type { RouteContext } from "../route-context";
import { benefitsResponse, presentBenefits } from "./get-benefits.types";

/** Who may call: the signed-in citizen, for their own benefits only (401 anonymous). */
export function registerGetBenefits(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/benefits",
    {
      schema: {
        tags: ["records"],
        summary: "Thông tin hưởng: benefits received, newest first",
        response: { 200: benefitsResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      const view = await readBenefits(context, citizen);
      return { asOf: view.asOf.toISOString(), ...presentBenefits(view) };
    },
  );
}
