import { useEffect, useRef } from "react";
import { helpStreamUrl } from "./help-api";

/**
 * The conversation an `inbox` event is about (its data is `{"conversationId":"…"}`); null when the data
 * names none, which callers treat as "anything may have changed".
 */
export function inboxEventConversationId(data: unknown): string | null {
  if (typeof data !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(data);
    const id: unknown =
      typeof parsed === "object" && parsed !== null && Reflect.get(parsed, "conversationId");
    return typeof id === "string" && id !== "" ? id : null;
  } catch {
    return null;
  }
}

/**
 * Holds the office's help stream open while the page is shown, calling `onChange` for each `inbox`
 * event. The open stream is also what tells citizens an agent is online, so both inbox pages hold it
 * even when they have nothing to refresh. The browser reconnects by itself after a dropped connection.
 */
export function useHelpStream(onChange: (conversationId: string | null) => void): void {
  // The latest callback, so that a re-render does not close and reopen the stream.
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    const stream = new EventSource(helpStreamUrl, { withCredentials: true });
    const onInbox = (event: MessageEvent) => latest.current(inboxEventConversationId(event.data));
    // The server ends each stream after a while and the browser opens a new one: whatever changed in
    // between came with no event, so a reopened stream reads everything again.
    let opened = false;
    const onOpen = () => {
      if (opened) latest.current(null);
      opened = true;
    };
    stream.addEventListener("inbox", onInbox);
    stream.addEventListener("open", onOpen);
    return () => {
      stream.removeEventListener("inbox", onInbox);
      stream.removeEventListener("open", onOpen);
      stream.close();
    };
  }, []);
}
