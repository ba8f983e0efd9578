import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { updateDraftRequest } from "../../use-cases/public-services/update-draft-request";
import { viewOwnRequest } from "../../use-cases/public-services/view-own-request";
import type { RouteContext } from "../route-context";
import { putServiceRequestBody } from "./put-service-request.types";
import { presentRequest, requestParams, requestView } from "./request-shapes.types";

/**
 * Who may call: the signed-in citizen who owns the draft (401 anonymous, 404 for anyone else's request,
 * 409 once it is no longer a draft).
 */
export function registerPutServiceRequest(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().put(
    "/:id",
    {
      schema: {
        tags: ["public services"],
        summary: "Saves a draft's answers again, or submits the draft",
        params: requestParams,
        body: putServiceRequestBody,
        response: { 200: requestView },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      await updateDraftRequest(context, citizen, { id: request.params.id, ...request.body });
      return presentRequest(await viewOwnRequest(context, citizen, request.params.id));
    },
  );
}
