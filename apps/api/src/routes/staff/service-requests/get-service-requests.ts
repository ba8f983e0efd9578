import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listOfficeRequests, QUEUE_PAGE_SIZE } from "../../../use-cases/public-services/list-office-requests";
import type { RouteContext } from "../../route-context";
import { presentQueue, queueQuery, queueResponse } from "./get-service-requests.types";

/**
 * Who may call: a signed-in reviewer, support agent or admin, for their own office's requests only
 * (401 anonymous, 403 data officer).
 */
export function registerGetStaffServiceRequests(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/service-requests",
    {
      schema: {
        tags: ["staff", "public services"],
        summary: "The office's public-service requests, the nearest deadline first, names masked",
        querystring: queueQuery,
        response: { 200: queueResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const query = request.query;
      return presentQueue(await listOfficeRequests(context, staff, query), query.page, QUEUE_PAGE_SIZE);
    },
  );
}
