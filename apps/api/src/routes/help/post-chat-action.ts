import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { closeOwnChat, markOwnChatRead } from "../../use-cases/help/chat/own-chat";
import type { RouteContext } from "../route-context";
import { conversationResponse, presentConversation } from "./chat-shapes.types";

const actions = {
  read: {
    summary: "Marks the staff's messages of the latest conversation (open or ended) read",
    run: markOwnChatRead,
  },
  close: { summary: "Ends the open conversation; the next message opens a new one", run: closeOwnChat },
} as const;

/**
 * Who may call: a signed-in citizen, on their own conversation: read the latest, close the open one
 * (401 anonymous, 404 when there is none).
 */
export function registerPostChatActions(app: FastifyInstance, context: RouteContext) {
  for (const [action, { summary, run }] of Object.entries(actions)) {
    app
      .withTypeProvider<ZodTypeProvider>()
      .post(
        `/chat/${action}`,
        { schema: { tags: ["help"], summary, response: { 200: conversationResponse } } },
        async (request) => {
          const thread = await run(context, await requireCitizen(request, context));
          return { conversation: presentConversation(thread) };
        },
      );
  }
}
