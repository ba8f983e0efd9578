import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { registerGetNotifications } from "./get-notifications";
import { registerGetServiceRequest } from "./get-service-request";
import { registerGetServiceRequests } from "./get-service-requests";
import { registerGetServices } from "./get-services";
import { registerPostNotificationsRead } from "./post-notifications-read";
import { registerPostServiceRequest } from "./post-service-request";
import { registerPostServiceRequestReply } from "./post-service-request-reply";
import { registerPutServiceRequest } from "./put-service-request";

/** "Dịch vụ công" (issue 5), under /api/services: the catalogue as it applies to the caller. */
export async function registerServiceCatalogueRoutes(
  app: FastifyInstance,
  options: { context: RouteContext },
) {
  registerGetServices(app, options.context);
}

/** The citizen's own requests, under /api/service-requests (payments are registered by their own plugin). */
export async function registerServiceRequestRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerPostServiceRequest(app, options.context);
  registerPutServiceRequest(app, options.context);
  registerGetServiceRequests(app, options.context);
  registerGetServiceRequest(app, options.context);
  registerPostServiceRequestReply(app, options.context);
}

/** The citizen's notification centre, under /api/notifications. */
export async function registerNotificationRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerGetNotifications(app, options.context);
  registerPostNotificationsRead(app, options.context);
}
