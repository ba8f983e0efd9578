import { useRouterState } from "@tanstack/react-router";
import { useEffect, useState } from "react";

/** Fired (on window) by a page that has marked notifications read, so the badge follows at once. */
export const notificationsChanged = "ansinh:notifications-changed";

/**
 * How many of the signed-in person's notifications are unread, asked again on every page change and
 * when a page says they changed; null when nobody is signed in (or the server cannot say), and then no
 * bell is shown. Only the count is read here: the list itself is the notification centre's (lazy) page.
 */
export function useUnreadCount(): number | null {
  const pathname = useRouterState({ select: (state) => (state.resolvedLocation ?? state.location).pathname });
  const [unread, setUnread] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const onChange = () => setChanges((n) => n + 1);
    window.addEventListener(notificationsChanged, onChange);
    return () => window.removeEventListener(notificationsChanged, onChange);
  }, []);

  useEffect(() => {
    // Both are why to ask again: a new page (a request may have moved on meanwhile), or marked as read.
    if (!pathname || changes < 0) return;
    let live = true;
    void fetch("/api/notifications", {
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "application/json" },
    })
      .then(async (response) => {
        const body: unknown = response.ok ? await response.json() : null;
        const count = typeof body === "object" && body !== null ? Reflect.get(body, "unread") : null;
        if (live) setUnread(typeof count === "number" && count >= 0 ? count : null);
      })
      .catch(() => {
        // Offline: the badge keeps what it last knew.
      });
    return () => {
      live = false;
    };
  }, [pathname, changes]);

  return unread;
}
