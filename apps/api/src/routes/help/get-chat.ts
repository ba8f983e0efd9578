import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { viewOwnChat } from "../../use-cases/help/chat/own-chat";
import type { RouteContext } from "../route-context";
import { presentConversation } from "./chat-shapes.types";
import { chatResponse } from "./get-chat.types";

/** Who may call: a signed-in citizen, for their own conversations only (401 anonymous). */
export function registerGetChat(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/chat",
    {
      schema: {
        tags: ["help"],
        summary: "The citizen's chat with their office, and whether anyone is online; marks nothing read",
        response: { 200: chatResponse },
      },
    },
    async (request) => {
      const chat = await viewOwnChat(context, await requireCitizen(request, context));
      return { conversation: chat.thread && presentConversation(chat.thread), staffOnline: chat.staffOnline };
    },
  );
}
