import type { ChatThreadMessage } from "./chat-thread";

/**
 * One message of a help-desk chat as the API sends it, to citizens and staff alike (only the picture's
 * address differs, and the server writes it).
 */
export interface ChatMessage {
  id: string;
  author: "citizen" | "staff";
  staffName: string | null;
  body: string | null;
  imageUrl: string | null;
  createdAt: string;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * A message of the API's JSON, or null for another shape (no id, no time, an author this app does not
 * know): shown by neither side rather than put on the wrong side of the thread.
 */
export function readChatMessage(value: unknown): ChatMessage | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const id = text(fields.id);
  const createdAt = text(fields.createdAt);
  const author = fields.author;
  if (!id || !createdAt || (author !== "citizen" && author !== "staff")) return null;
  return {
    id,
    author,
    staffName: text(fields.staffName),
    body: text(fields.body),
    imageUrl: text(fields.imageUrl),
    createdAt,
  };
}

/**
 * The thread as `viewer` sees it: their own messages on their side, each labelled by `authorLabel`
 * (already translated, e.g. "Bạn" or the officer's name).
 */
export function threadMessages(
  messages: readonly ChatMessage[],
  viewer: ChatMessage["author"],
  authorLabel: (message: ChatMessage) => string,
): ChatThreadMessage[] {
  return messages.map((message) => ({
    id: message.id,
    mine: message.author === viewer,
    authorLabel: authorLabel(message),
    body: message.body,
    imageUrl: message.imageUrl,
    createdAt: message.createdAt,
  }));
}
