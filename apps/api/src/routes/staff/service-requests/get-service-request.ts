import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { viewOfficeRequest } from "../../../use-cases/public-services/view-office-request";
import type { RouteContext } from "../../route-context";
import { requestParams } from "../../service-requests/request-shapes.types";
import { presentStaffRequest, staffRequestView } from "./get-service-request.types";

/**
 * Who may call: a signed-in reviewer, support agent or admin of the request's own office (401
 * anonymous, 403 data officer, 404 for another office's request). Every view is written to the
 * person's access log.
 */
export function registerGetStaffServiceRequest(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/service-requests/:id",
    {
      schema: {
        tags: ["staff", "public services"],
        summary: "A request of the office with the person's details, its timeline and the actions open",
        params: requestParams,
        response: { 200: staffRequestView },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentStaffRequest(
        await viewOfficeRequest(context, staff, { id: request.params.id, requestId: request.id }),
      );
    },
  );
}
