import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { fileServiceRequest } from "../../use-cases/public-services/file-service-request";
import { viewOwnRequest } from "../../use-cases/public-services/view-own-request";
import type { RouteContext } from "../route-context";
import { postServiceRequestBody, postServiceRequestDescription } from "./post-service-request.types";
import { presentRequest, requestView } from "./request-shapes.types";

/**
 * Who may call: a signed-in citizen, for themselves (401 anonymous; 403 for a service their records
 * do not open to them). The request is always the caller's own: no person is named in the body.
 */
export function registerPostServiceRequest(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/",
    {
      schema: {
        tags: ["public services"],
        summary: "Creates a draft or submits a public-service request (idempotent by submissionKey)",
        description: postServiceRequestDescription,
        body: postServiceRequestBody,
        response: { 200: requestView, 201: requestView },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const filed = await fileServiceRequest(context, citizen, request.body);
      reply.status(filed.created ? 201 : 200);
      return presentRequest(await viewOwnRequest(context, citizen, filed.request.id));
    },
  );
}
