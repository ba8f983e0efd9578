import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { chatFormLimits } from "./chat-form-limits";
import { registerGetChat } from "./get-chat";
import { registerGetChatImage } from "./get-chat-image";
import { registerGetChatStream } from "./get-chat-stream";
import { registerGetHelpContact } from "./get-help-contact";
import { registerPostChatActions } from "./post-chat-action";
import { registerPostChatMessage } from "./post-chat-message";

/** "Trợ giúp" (issue 6) for the signed-in citizen, under /api/help: the contact card and the chat. */
export async function registerHelpChatRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  // Multipart is parsed only in this scope (the chat message form), with its own limits.
  await app.register(multipart, { limits: chatFormLimits, throwFileSizeLimit: false });
  registerGetHelpContact(app, options.context);
  registerGetChat(app, options.context);
  registerPostChatMessage(app, options.context);
  registerPostChatActions(app, options.context);
  registerGetChatImage(app, options.context);
  registerGetChatStream(app, options.context);
}
