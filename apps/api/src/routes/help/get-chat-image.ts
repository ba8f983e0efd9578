import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { sendImage } from "../../uploads/send-image";
import { readOwnChatImage } from "../../use-cases/help/chat/chat-images";
import type { RouteContext } from "../route-context";
import { messageImageParams } from "./chat-shapes.types";

/** Who may call: a signed-in citizen, for a picture of their own conversations (401, else 404). */
export function registerGetChatImage(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/chat/messages/:messageId/image",
    {
      schema: {
        tags: ["help"],
        summary: "The picture of a chat message, decrypted (JPEG)",
        params: messageImageParams,
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const image = await readOwnChatImage(context, citizen, request.params.messageId);
      return sendImage(reply, image);
    },
  );
}
