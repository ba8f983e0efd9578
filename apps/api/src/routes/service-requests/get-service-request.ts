import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { viewOwnRequest } from "../../use-cases/public-services/view-own-request";
import type { RouteContext } from "../route-context";
import { presentRequest, requestParams, requestView } from "./request-shapes.types";

/** Who may call: the signed-in citizen who owns the request (401 anonymous, 404 for anyone else's). */
export function registerGetServiceRequest(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/:id",
    {
      schema: {
        tags: ["public services"],
        summary: "One of the caller's requests: answers, deadline, timeline and payment",
        params: requestParams,
        response: { 200: requestView },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      return presentRequest(await viewOwnRequest(context, citizen, request.params.id));
    },
  );
}
