import type { HelpMessage } from "@ansinh/db";
import { conversationStatuses, helpTextLimits, messageAuthors } from "@ansinh/domain";
import { z } from "zod";
import type { ChatThread } from "../../use-cases/help/chat/chat-thread";
import { helpWriteLimits } from "../../use-cases/help/help-limits";
import { bilingual } from "../service-requests/request-shapes.types";

/** Shapes shared by the citizen's and the staff's chat routes. */
export const chatMessage = z.object({
  id: z.uuid(),
  author: z.enum(messageAuthors),
  staffName: z.string().nullable(),
  body: z.string().nullable(),
  imageUrl: z.string().nullable().describe("Where the message's picture is read, or null"),
  createdAt: z.iso.datetime(),
});

const conversationCommon = {
  id: z.uuid(),
  number: z.string().describe('"HT" + year (2 digits) + 8 digits'),
  status: z.enum(conversationStatuses),
  ticket: z.boolean().describe("Opened while no one of the office was online; answered later, with an SMS"),
  createdAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
};

export const conversationView = z.object({
  ...conversationCommon,
  unread: z.number().int().describe("Staff messages the citizen has not read"),
  agentName: z.string().nullable(),
  messages: z.array(chatMessage).describe("The last 200, oldest first"),
});

export const staffConversationView = z.object({
  ...conversationCommon,
  staffUnread: z.number().int(),
  person: z.object({ name: z.string(), bhxhNumber: z.string() }),
  assignedStaff: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  messages: z.array(chatMessage),
});

export const conversationResponse = z.object({ conversation: conversationView });

export const messageImageParams = z.object({
  messageId: z.uuid(bilingual("Mã tin nhắn không hợp lệ", "The message id is not valid")),
});

export function presentMessages(
  messages: HelpMessage[],
  imageUrl: (messageId: string) => string,
): z.infer<typeof chatMessage>[] {
  return messages.map((m) => ({
    id: m.id,
    author: m.author,
    staffName: m.staffName,
    body: m.body,
    imageUrl: m.hasImage ? imageUrl(m.id) : null,
    createdAt: m.createdAt.toISOString(),
  }));
}

export function presentCommon({ conversation: c }: ChatThread) {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    ticket: c.ticket,
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

/** The citizen's view: pictures are read under /api/help/chat. */
export function presentConversation(thread: ChatThread): z.infer<typeof conversationView> {
  return {
    ...presentCommon(thread),
    unread: thread.conversation.citizenUnread,
    agentName: thread.conversation.assignedStaff?.name ?? null,
    messages: presentMessages(thread.messages, (id) => `/api/help/chat/messages/${id}/image`),
  };
}

/** What a multipart chat message carries (both sides send the same form). */
export const chatMessageFormDescription = [
  "multipart/form-data with:",
  "- `clientKey` (required): 8–64 of [A-Za-z0-9-_], chosen by the app per message; the same key again",
  "  answers with the message already stored.",
  `- \`body\`: the text, at most ${helpTextLimits.chatMessage} characters once trimmed; optional when \`image\` is sent.`,
  "- `image` (file, optional): a JPEG, PNG or WebP photo, re-encoded as JPEG without metadata.",
  "Errors name the field: body.clientKey, body.body, body.image.",
  `A citizen may send ${helpWriteLimits.chatMessagesPerMinute} messages a minute: 429 with Retry-After past it (a retry`,
  "of a stored key is still answered).",
].join("\n");
