import { type Db, HELP_CHAT_CHANNEL } from "@ansinh/db";
import { type HelpChatEvent, parseChatEvent } from "./chat-events";

/** Whose changes a stream is told about: one citizen's conversations, or one office's. */
export type ChatAudience = { personId: string } | { officeCode: string };

/**
 * How many streams one citizen or one staff member may hold open in a process: a few tabs and
 * devices; past it the oldest ends (its EventSource, if still wanted, reconnects and ends the next).
 */
export const MAX_STREAMS_PER_OWNER = 5;

/** An open event stream of this process, as the hub sees it. */
export interface ChatSubscriber {
  audience: ChatAudience;
  /** Who opened it, e.g. "person:<id>" or "staff:<id>": the unit MAX_STREAMS_PER_OWNER counts. */
  owner: string;
  onEvent(event: HelpChatEvent): void;
  /** Ends the stream (the app closing, one stream too many, or events possibly missed). */
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
  /** How many streams this process holds open now. */
  openStreams(): number;
  /** Ends every open stream: the server, closing, would otherwise wait for them. */
  endStreams(): void;
  /** Stops listening. */
  stop(): Promise<void>;
}

const concerns = (audience: ChatAudience, event: HelpChatEvent) =>
  "personId" in audience ? audience.personId === event.personId : audience.officeCode === event.officeCode;

export async function startHelpChatHub(db: Db): Promise<HelpChatHub> {
  // In the order subscribed, so the first of an owner's found is their oldest.
  const subscribers = new Set<ChatSubscriber>();
  const endStreams = () => {
    for (const subscriber of [...subscribers]) subscriber.end();
  };
  const unlisten = await db.listen(
    HELP_CHAT_CHANNEL,
    (payload) => {
      const event = parseChatEvent(payload);
      if (!event) return;
      for (const subscriber of subscribers) {
        if (concerns(subscriber.audience, event)) subscriber.onEvent(event);
      }
    },
    // The listening connection dropped and is back: changes in between were not heard. Ending the
    // streams makes every client reconnect and read the state afresh.
    endStreams,
  );
  return {
    subscribe(subscriber) {
      const owners = [...subscribers].filter((s) => s.owner === subscriber.owner);
      for (const oldest of owners.slice(0, Math.max(0, owners.length + 1 - MAX_STREAMS_PER_OWNER))) {
        oldest.end();
      }
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    openStreams: () => subscribers.size,
    endStreams,
    stop: () => unlisten(),
  };
}
