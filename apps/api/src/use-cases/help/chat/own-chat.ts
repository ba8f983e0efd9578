import {
  type CitizenProfile,
  closeConversation,
  findCitizenConversation,
  findHelpDeskPerson,
  lockOpenConversation,
  markConversationRead,
  type SqlRunner,
} from "@ansinh/db";
import { announceChatChange } from "../../../help/chat-events";
import type { RouteContext } from "../../../routes/route-context";
import { noOpenConversation } from "./chat-errors";
import { type ChatThread, readThread } from "./chat-thread";
import { isHelpDeskOnline } from "./help-presence";

/** The person's help desk office: a session always belongs to a registry person with a province office. */
export async function helpDeskOf(db: SqlRunner, personId: string) {
  const person = await findHelpDeskPerson(db, personId);
  if (!person) throw new Error(`No registry person or office behind citizen ${personId}`);
  return person;
}

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
    isHelpDeskOnline(context.db, person.office.code, now),
  ]);
  return { thread, staffOnline };
}

/** The citizen has read the staff's messages of the open conversation (404 when none is open). */
export function markOwnChatRead(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
): Promise<ChatThread> {
  return changeOpenConversation(context, citizen, (tx, key) => markConversationRead(tx, key, "citizen"));
}

/** The citizen ends the open conversation (404 when none is open); the next message opens a new one. */
export function closeOwnChat(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
): Promise<ChatThread> {
  return changeOpenConversation(context, citizen, closeConversation);
}

async function changeOpenConversation(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  change: (tx: SqlRunner, key: { personId: string; id: string }) => Promise<boolean>,
): Promise<ChatThread> {
  const key = await context.db.transaction(async (tx) => {
    const conversation = await lockOpenConversation(tx, citizen.personId);
    if (!conversation) throw noOpenConversation();
    if (await change(tx, conversation)) await announceChatChange(tx, conversation);
    return { personId: conversation.personId, id: conversation.id };
  });
  return readThread(context.db, key);
}
