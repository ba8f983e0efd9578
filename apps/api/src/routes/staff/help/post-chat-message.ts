import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { chatMessageShape } from "../../../use-cases/help/chat/chat-message-form";
import { sendStaffMessage } from "../../../use-cases/help/chat/send-chat-message";
import { chatMessageFormDescription } from "../../help/chat-shapes.types";
import { readDossierForm } from "../../registrations/read-registration-form";
import type { RouteContext } from "../../route-context";
import {
  conversationParams,
  presentStaffConversation,
  staffConversationResponse,
} from "./staff-chat-shapes.types";

/**
 * Who may call: a signed-in support agent or admin of the conversation's office (401 anonymous, 403
 * other roles, 404 another office's, 409 when the conversation has ended).
 */
export function registerPostStaffChatMessage(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/chat/:id/messages",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "Answers in a conversation; takes it when unassigned; a ticket's citizen gets an SMS",
        description: chatMessageFormDescription,
        consumes: ["multipart/form-data"],
        params: conversationParams,
        response: { 201: staffConversationResponse },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      const form = await readDossierForm(request, chatMessageShape);
      const chat = await sendStaffMessage(context, staff, { id: request.params.id, form });
      return reply.status(201).send(presentStaffConversation(chat));
    },
  );
}
