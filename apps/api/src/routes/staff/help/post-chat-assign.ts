import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { assignOfficeChat } from "../../../use-cases/help/chat/office-chat";
import type { RouteContext } from "../../route-context";
import { assignBody } from "./post-chat-assign.types";
import {
  conversationParams,
  presentStaffConversation,
  staffConversationResponse,
} from "./staff-chat-shapes.types";

/**
 * Who may call: a signed-in support agent or admin of the conversation's office (401 anonymous, 403
 * other roles, 404 another office's); the assignee must be a help agent of the same office (400).
 */
export function registerPostStaffChatAssign(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/chat/:id/assign",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "Gives the conversation to a help agent of the office, or to no one",
        params: conversationParams,
        body: assignBody,
        response: { 200: staffConversationResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const input = { id: request.params.id, staffId: request.body.staffId };
      return presentStaffConversation(await assignOfficeChat(context, staff, input));
    },
  );
}
