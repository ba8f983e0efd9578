import {
  type ConversationKey,
  findConversation,
  type HelpConversation,
  type HelpMessage,
  listConversationMessages,
  type SqlRunner,
} from "@ansinh/db";

/** A conversation shows its last 200 messages: a long-running chat stays light on a phone. */
const MESSAGES_SHOWN = 200;

export interface ChatThread {
  conversation: HelpConversation;
  messages: HelpMessage[];
}

/** The conversation as it is now, with its last messages (oldest first). */
export async function readThread(db: SqlRunner, key: ConversationKey): Promise<ChatThread> {
  const [conversation, messages] = await Promise.all([
    findConversation(db, key),
    listConversationMessages(db, key, MESSAGES_SHOWN),
  ]);
  // Called only with the key of a conversation just found or written: a missing one is a broken database.
  if (!conversation) throw new Error(`Conversation ${key.id} vanished`);
  return { conversation, messages };
}
