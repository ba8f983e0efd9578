import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { listNotifications } from "../../use-cases/public-services/notifications";
import type { RouteContext } from "../route-context";
import { notificationsResponse, presentNotifications } from "./notifications.types";

/** Who may call: a signed-in citizen, for their own notifications only (401 anonymous). */
export function registerGetNotifications(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["notifications"],
        summary: "“Thông báo”: the caller's notifications and the unread count",
        response: { 200: notificationsResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      return presentNotifications(await listNotifications(context, citizen));
    },
  );
}
