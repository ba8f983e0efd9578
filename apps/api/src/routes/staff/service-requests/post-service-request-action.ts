import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { actOnRequest } from "../../../use-cases/public-services/act-on-request";
import type { RouteContext } from "../../route-context";
import { requestParams } from "../../service-requests/request-shapes.types";
import { actedResponse, actionBody } from "./post-service-request-action.types";

/**
 * Who may call: a signed-in reviewer or admin of the request's own office (401 anonymous, 403 support
 * agent and data officer, 404 for another office's request, 409 when the status does not allow it).
 */
export function registerPostStaffServiceRequestAction(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/service-requests/:id/actions",
    {
      schema: {
        tags: ["staff", "public services"],
        summary: "Receives, starts, completes, rejects, asks for information on or assigns a request",
        params: requestParams,
        body: actionBody,
        response: { 200: actedResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return actOnRequest(context, staff, { id: request.params.id, ...request.body });
    },
  );
}
