import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { listNotifications, readNotifications } from "../../use-cases/public-services/notifications";
import type { RouteContext } from "../route-context";
import { notificationsResponse, presentNotifications, readNotificationsBody } from "./notifications.types";

/**
 * Who may call: a signed-in citizen, for their own notifications (401 anonymous). Ids of someone
 * else's notifications change nothing and are not reported, so they tell nothing.
 */
export function registerPostNotificationsRead(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/read",
    {
      schema: {
        tags: ["notifications"],
        summary: "Marks notifications read (the ids given, or all); answers with the list",
        body: readNotificationsBody,
        response: { 200: notificationsResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      await readNotifications(context, citizen, request.body.ids);
      return presentNotifications(await listNotifications(context, citizen));
    },
  );
}
