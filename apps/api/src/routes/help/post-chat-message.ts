import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { chatMessageShape } from "../../use-cases/help/chat/chat-message-form";
import { sendCitizenMessage } from "../../use-cases/help/chat/send-chat-message";
import { readDossierForm } from "../registrations/read-registration-form";
import type { RouteContext } from "../route-context";
import { chatMessageFormDescription, conversationResponse, presentConversation } from "./chat-shapes.types";
import { CHAT_MESSAGES_PER_MINUTE } from "./help-request-limits";

/** Who may call: a signed-in citizen, writing to their own office (401 anonymous). */
export function registerPostChatMessage(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/chat/messages",
    {
      config: context.perMinute(CHAT_MESSAGES_PER_MINUTE),
      schema: {
        tags: ["help"],
        summary: "Sends a message (text and/or a picture); the first one opens a conversation",
        description: chatMessageFormDescription,
        consumes: ["multipart/form-data"],
        response: { 201: conversationResponse },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const form = await readDossierForm(request, chatMessageShape);
      const thread = await sendCitizenMessage(context, citizen, form);
      return reply.status(201).send({ conversation: presentConversation(thread) });
    },
  );
}
