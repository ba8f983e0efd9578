import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { listServices } from "../../use-cases/public-services/list-services";
import type { RouteContext } from "../route-context";
import { presentServices, servicesResponse } from "./get-services.types";

/**
 * Who may call: a signed-in citizen (401 anonymous). The catalogue is the same for everyone; whether
 * each service is open to the caller is worked out from their own records only.
 */
export function registerGetServices(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["public services"],
        summary: "The public services, each with its form and whether the caller may use it",
        response: { 200: servicesResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      return presentServices(await listServices(context, citizen));
    },
  );
}
