import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { viewOfficeChat } from "../../../use-cases/help/chat/office-chat";
import type { RouteContext } from "../../route-context";
import {
  conversationParams,
  presentStaffConversation,
  staffConversationResponse,
} from "./staff-chat-shapes.types";

/**
 * Who may call: a signed-in support agent or admin of the conversation's office (401 anonymous, 403
 * other roles, 404 another office's). Each view is written to the person's access log.
 */
export function registerGetStaffChat(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/chat/:id",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "A conversation of the office with the person's name and BHXH number; marks nothing read",
        params: conversationParams,
        response: { 200: staffConversationResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentStaffConversation(
        await viewOfficeChat(context, staff, { id: request.params.id, requestId: request.id }),
      );
    },
  );
}
