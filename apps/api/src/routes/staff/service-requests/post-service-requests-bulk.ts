import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { bulkActOnRequests } from "../../../use-cases/public-services/bulk-act-on-requests";
import type { RouteContext } from "../../route-context";
import { bulkBody, bulkResponse } from "./post-service-requests-bulk.types";

/**
 * Who may call: a signed-in reviewer or admin (401 anonymous, 403 support agent and data officer).
 * Only requests of the caller's own office are acted on; any other id is refused like an unknown one.
 */
export function registerPostStaffServiceRequestsBulk(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/service-requests/bulk",
    {
      schema: {
        tags: ["staff", "public services"],
        summary: "Receives or assigns many requests at once; each refused one is listed with its reason",
        body: bulkBody,
        response: { 200: bulkResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return bulkActOnRequests(context, staff, request.body);
    },
  );
}
