import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { sendImage } from "../../../uploads/send-image";
import { readOfficeChatImage } from "../../../use-cases/help/chat/chat-images";
import type { RouteContext } from "../../route-context";
import { conversationImageParams } from "./staff-chat-shapes.types";

/**
 * Who may call: a signed-in support agent or admin of the conversation's office (401 anonymous, 403
 * other roles, 404 otherwise). Every read is written to the person's access log; never cached.
 */
export function registerGetStaffChatImage(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/chat/:id/messages/:messageId/image",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "The picture of a chat message, decrypted (JPEG)",
        params: conversationImageParams,
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      const image = await readOfficeChatImage(context, staff, {
        conversationId: request.params.id,
        messageId: request.params.messageId,
        requestId: request.id,
      });
      return sendImage(reply, image);
    },
  );
}
