import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { signedInReader } from "../../auth/citizen-session";
import { readVisits } from "../../use-cases/records/read-visits";
import type { RouteContext } from "../route-context";
import { presentVisits, visitsQuery, visitsResponse } from "./get-visits.types";

/** Who may call: the signed-in citizen, for their own visits only (401 anonymous). */
export function registerGetVisits(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/visits",
    {
      schema: {
        tags: ["records"],
        summary: "Sổ khám chữa bệnh: medical visits grouped by year with yearly totals",
        querystring: visitsQuery,
        response: { 200: visitsResponse },
      },
    },
    async (request) => {
      const view = await readVisits(signedInReader(request, context), request.query);
      return { asOf: view.asOf.toISOString(), ...presentVisits(view) };
    },
  );
}
