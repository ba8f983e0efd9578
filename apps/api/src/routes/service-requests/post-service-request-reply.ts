import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { replyToRequest } from "../../use-cases/public-services/reply-to-request";
import { viewOwnRequest } from "../../use-cases/public-services/view-own-request";
import type { RouteContext } from "../route-context";
import { replyBody } from "./post-service-request-reply.types";
import { presentRequest, requestParams, requestView } from "./request-shapes.types";

/**
 * Who may call: the signed-in citizen who owns the request, while it waits for information (401
 * anonymous, 404 for anyone else's request, 409 in any other status).
 */
export function registerPostServiceRequestReply(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/:id/reply",
    {
      schema: {
        tags: ["public services"],
        summary: "Answers the officer's request for information; the request goes back to the queue",
        params: requestParams,
        body: replyBody,
        response: { 200: requestView },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      await replyToRequest(context, citizen, { id: request.params.id, ...request.body });
      return presentRequest(await viewOwnRequest(context, citizen, request.params.id));
    },
  );
}
