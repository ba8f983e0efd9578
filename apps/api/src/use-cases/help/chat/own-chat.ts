import {
  type CitizenProfile,
  type ConversationKey,
  closeConversation,
  findCitizenConversation,
  type HelpConversation,
  lockOpenConversation,
  markConversationRead,
  type SqlRunner,
} from "@ansinh/db";
import type { AppError } from "../../../errors/app-error";
import { announceChatChange } from "../../../help/chat-events";
import type { RouteContext } from "../../../routes/route-context";
import { helpDeskOf } from "../help-desk";
import { noConversation, noOpenConversation } from "./chat-errors";
import { type ChatThread, readThread } from "./chat-thread";
import { isHelpDeskOnline } from "./help-presence";

/**
 * The citizen's chat: the open conversation, or else the most recent closed one, or null; and whether
 * anyone of their office is online to answer now. Reading it marks nothing read.
 */
export async function viewOwnChat(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  now = new Date(),
): Promise<{ thread: ChatThread | null; staffOnline: boolean }> {
  const [conversation, person] = await Promise.all([
    findCitizenConversation(context.db, citizen.personId),
    helpDeskOf(context.db, citizen.personId),
  ]);
  const [thread, staffOnline] = await Promise.all([
    conversation ? readThread(context.db, conversation) : null,
    isHelpDeskOnline(context.db, person.officeCode, now),
  ]);
  return { thread, staffOnline };
}

/**
 * The citizen has read the staff's messages of their latest conversation, open or ended: staff may
 * answer and close it before the citizen looks (404 when they have none at all).
 */
export function markOwnChatRead(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
): Promise<ChatThread> {
  return changeOwnConversation(context, citizen, {
    find: findCitizenConversation,
    none: noConversation,
    change: (tx, key) => markConversationRead(tx, key, "citizen"),
  });
}

/** The citizen ends the open conversation (404 when none is open); the next message opens a new one. */
export function closeOwnChat(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
): Promise<ChatThread> {
  return changeOwnConversation(context, citizen, {
    find: lockOpenConversation,
    none: noOpenConversation,
    change: closeConversation,
  });
}

async function changeOwnConversation(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  how: {
    find: (tx: SqlRunner, personId: string) => Promise<HelpConversation | undefined>;
    none: () => AppError;
    change: (tx: SqlRunner, key: ConversationKey) => Promise<boolean>;
  },
): Promise<ChatThread> {
  const key = await context.db.transaction(async (tx) => {
    const conversation = await how.find(tx, citizen.personId);
    if (!conversation) throw how.none();
    if (await how.change(tx, conversation)) await announceChatChange(tx, conversation);
    return { personId: conversation.personId, id: conversation.id };
  });
  return readThread(context.db, key);
}
