import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { INBOX_PAGE_SIZE, listOfficeChats } from "../../../use-cases/help/chat/office-chat";
import type { RouteContext } from "../../route-context";
import { inboxQuery, inboxResponse, presentInbox } from "./staff-chat-shapes.types";

/** Who may call: a signed-in support agent or admin, for their own office (401 anonymous, 403 other roles). */
export function registerGetStaffChats(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/chat",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "The office's chat inbox, the latest message first, names masked",
        querystring: inboxQuery,
        response: { 200: inboxResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const inbox = await listOfficeChats(context, staff, request.query);
      return presentInbox(inbox, request.query.page, INBOX_PAGE_SIZE);
    },
  );
}
