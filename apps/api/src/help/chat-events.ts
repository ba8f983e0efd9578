import { notifyHelpChat, type SqlRunner } from "@ansinh/db";
import { z } from "zod";

/**
 * What a chat change says to the listening api processes: ids only, never a message's text — a
 * NOTIFY payload passes through the database server and its logs, and each stream refetches anyway.
 */
export interface HelpChatEvent {
  conversationId: string;
  personId: string;
  officeCode: string;
}

const eventPayload = z.object({
  conversationId: z.uuid(),
  personId: z.uuid(),
  officeCode: z.string().max(64),
});

/** Tells every api process, at the commit of the caller's transaction, that the conversation changed. */
export function announceChatChange(
  tx: SqlRunner,
  conversation: { id: string; personId: string; officeCode: string },
): Promise<void> {
  const event: HelpChatEvent = {
    conversationId: conversation.id,
    personId: conversation.personId,
    officeCode: conversation.officeCode,
  };
  return notifyHelpChat(tx, JSON.stringify(event));
}

/** The event in a NOTIFY payload, or null for anything else on the channel. */
export function parseChatEvent(payload: string): HelpChatEvent | null {
  try {
    const parsed = eventPayload.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
