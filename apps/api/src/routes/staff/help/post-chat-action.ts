import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { closeOfficeChat, markOfficeChatRead } from "../../../use-cases/help/chat/office-chat";
import type { RouteContext } from "../../route-context";
import {
  conversationParams,
  presentStaffConversation,
  staffConversationResponse,
} from "./staff-chat-shapes.types";

const actions = {
  read: { summary: "Marks the citizen's messages read", run: markOfficeChatRead },
  close: { summary: "Ends the conversation (no change when it has ended already)", run: closeOfficeChat },
} as const;

/**
 * Who may call: a signed-in support agent or admin of the conversation's office (401 anonymous, 403
 * other roles, 404 another office's).
 */
export function registerPostStaffChatActions(app: FastifyInstance, context: RouteContext) {
  for (const [action, { summary, run }] of Object.entries(actions)) {
    app.withTypeProvider<ZodTypeProvider>().post(
      `/chat/:id/${action}`,
      {
        schema: {
          tags: ["staff", "help"],
          summary,
          params: conversationParams,
          response: { 200: staffConversationResponse },
        },
      },
      async (request) => {
        const staff = await requireStaff(request, context);
        return presentStaffConversation(await run(context, staff, { id: request.params.id }));
      },
    );
  }
}
