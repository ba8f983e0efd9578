import { type Db, HELP_CHAT_CHANNEL } from "@ansinh/db";
import { type HelpChatEvent, parseChatEvent } from "./chat-events";

/** Whose changes a stream is told about: one citizen's conversations, or one office's. */
export type ChatAudience = { personId: string } | { officeCode: string };

/** An open event stream of this process, as the hub sees it. */
export interface ChatSubscriber {
  audience: ChatAudience;
  onEvent(event: HelpChatEvent): void;
  /** Ends the stream (the app is closing). */
  end(): void;
}

/**
 * The one LISTEN of an api process on the chat channel, fanned out to the event streams open in this
 * process. Changes reach it from any process on the same database (NOTIFY at commit), so a citizen and
 * the officer answering them may be served by different processes.
 */
export interface HelpChatHub {
  /** Hands the subscriber each change meant for its audience until the returned function is called. */
  subscribe(subscriber: ChatSubscriber): () => void;
  /** Ends every open stream: the server, closing, would otherwise wait for them. */
  endStreams(): void;
  /** Stops listening. */
  stop(): Promise<void>;
}

const concerns = (audience: ChatAudience, event: HelpChatEvent) =>
  "personId" in audience ? audience.personId === event.personId : audience.officeCode === event.officeCode;

export async function startHelpChatHub(db: Db): Promise<HelpChatHub> {
  const subscribers = new Set<ChatSubscriber>();
  const unlisten = await db.listen(HELP_CHAT_CHANNEL, (payload) => {
    const event = parseChatEvent(payload);
    if (!event) return;
    for (const subscriber of subscribers) {
      if (concerns(subscriber.audience, event)) subscriber.onEvent(event);
    }
  });
  return {
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    endStreams() {
      for (const subscriber of [...subscribers]) subscriber.end();
    },
    stop: () => unlisten(),
  };
}
