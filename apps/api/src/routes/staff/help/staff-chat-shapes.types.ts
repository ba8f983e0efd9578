import { conversationStatuses } from "@ansinh/domain";
import { z } from "zod";
import type { InboxEntry, OfficeChat } from "../../../use-cases/help/chat/office-chat";
import { presentCommon, presentMessages, staffConversationView } from "../../help/chat-shapes.types";
import { bilingual } from "../../service-requests/request-shapes.types";
import { pageQuery } from "../page-query.types";

export const conversationParams = z.object({
  id: z.uuid(bilingual("Mã cuộc trò chuyện không hợp lệ", "The conversation id is not valid")),
});

export const conversationImageParams = conversationParams.extend({
  messageId: z.uuid(bilingual("Mã tin nhắn không hợp lệ", "The message id is not valid")),
});

export const staffConversationResponse = z.object({ conversation: staffConversationView });

/** The staff view: pictures are read under the office's conversation (and logged). */
export function presentStaffConversation(chat: OfficeChat): z.infer<typeof staffConversationResponse> {
  const c = chat.conversation;
  return {
    conversation: {
      ...presentCommon(chat),
      staffUnread: c.staffUnread,
      person: chat.person,
      assignedStaff: c.assignedStaff,
      messages: presentMessages(chat.messages, (id) => `/api/staff/help/chat/${c.id}/messages/${id}/image`),
    },
  };
}

export const inboxQuery = z.object({
  status: z
    .enum(conversationStatuses, bilingual("Chọn open hoặc closed", "Choose open or closed"))
    .default("open"),
  assigned: z
    .enum(["all", "me", "none"], bilingual("Chọn all, me hoặc none", "Choose all, me or none"))
    .default("all"),
  ...pageQuery.shape,
});

const inboxItem = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(conversationStatuses),
  ticket: z.boolean(),
  personName: z.string().describe("Masked: the full name shows once the conversation is opened (logged)"),
  lastMessageAt: z.iso.datetime(),
  lastMessagePreview: z
    .string()
    .describe('At most 80 characters, runs of 6+ digits masked with "*"; "[Ảnh]" for a picture alone'),
  staffUnread: z.number().int(),
  assignedStaff: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const inboxResponse = z.object({
  items: z.array(inboxItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export function presentInbox(
  inbox: { items: InboxEntry[]; total: number },
  page: number,
  pageSize: number,
): z.infer<typeof inboxResponse> {
  return {
    items: inbox.items.map((item) => ({
      id: item.id,
      number: item.number,
      status: item.status,
      ticket: item.ticket,
      personName: item.maskedName,
      lastMessageAt: item.lastMessageAt.toISOString(),
      lastMessagePreview: item.lastMessagePreview,
      staffUnread: item.staffUnread,
      assignedStaff: item.assignedStaff,
    })),
    total: inbox.total,
    page,
    pageSize,
  };
}
