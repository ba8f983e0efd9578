import { useEventStream } from "@ansinh/ui";
import { useMatch, useRouter } from "@tanstack/react-router";
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
 * Holds the office's help stream open while the page is shown, and reads this page's data again after
 * its news (at most once a second): all of it, or with `conversationId`, only news of that chat or
 * news that names none. The open stream is also what tells citizens an agent is online, so both help
 * pages hold it even when they have nothing to refresh. Only this page's loader runs again; the
 * others (and other tabs' pages) have nothing new.
 */
export function useOfficeStream(conversationId?: string | null): { paused: boolean } {
  const router = useRouter();
  const matchId = useMatch({ strict: false, select: (match) => match.id });
  return useEventStream(
    helpStreamUrl,
    "inbox",
    () => void router.invalidate({ filter: (match) => match.id === matchId }),
    conversationId === undefined
      ? undefined
      : (data) => {
          const named = inboxEventConversationId(data);
          return named === null || named === conversationId;
        },
  );
}
