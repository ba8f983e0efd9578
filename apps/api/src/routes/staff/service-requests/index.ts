import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../../route-context";
import { registerGetStaffServiceRequest } from "./get-service-request";
import { registerGetStaffServiceRequests } from "./get-service-requests";
import { registerPostStaffServiceRequestAction } from "./post-service-request-action";
import { registerPostStaffServiceRequestsBulk } from "./post-service-requests-bulk";

/** Public-service requests (issue 5) in the back office: the queue, a request, actions, bulk actions. */
export function registerStaffServiceRequestRoutes(app: FastifyInstance, context: RouteContext) {
  registerGetStaffServiceRequests(app, context);
  registerGetStaffServiceRequest(app, context);
  registerPostStaffServiceRequestAction(app, context);
  registerPostStaffServiceRequestsBulk(app, context);
}
