import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { chatFormLimits } from "../../help/chat-form-limits";
import type { RouteContext } from "../../route-context";
import { registerGetStaffHelpAgents } from "./get-agents";
import { registerGetStaffChat } from "./get-chat";
import { registerGetStaffChatImage } from "./get-chat-image";
import { registerGetStaffChats } from "./get-chats";
import { registerGetStaffHelpStream } from "./get-stream";
import { registerPostStaffChatActions } from "./post-chat-action";
import { registerPostStaffChatAssign } from "./post-chat-assign";
import { registerPostStaffChatMessage } from "./post-chat-message";

/** "Trợ giúp" (issue 6) in the back office, under /api/staff/help: the office's chat inbox. */
export async function registerStaffHelpChatRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  // Multipart is parsed only in this scope (the chat message form), with its own limits.
  await app.register(multipart, { limits: chatFormLimits, throwFileSizeLimit: false });
  const { context } = options;
  registerGetStaffChats(app, context);
  registerGetStaffChat(app, context);
  registerPostStaffChatMessage(app, context);
  registerPostStaffChatActions(app, context);
  registerPostStaffChatAssign(app, context);
  registerGetStaffChatImage(app, context);
  registerGetStaffHelpAgents(app, context);
  registerGetStaffHelpStream(app, context);
}
