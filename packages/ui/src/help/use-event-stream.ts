import { useEffect, useRef, useState } from "react";
import { LiveStream } from "./live-stream";

/**
 * Holds the server-sent events stream at `url` open while the page is shown (null: not now), calling
 * `onChange` after `eventName` events (those `accept` lets through) and after every reconnection, at
 * most once a second (see LiveStream). `paused` is true while live updates are not arriving, for the
 * page to show LiveUpdatesNotice.
 */
export function useEventStream(
  url: string | null,
  eventName: string,
  onChange: () => void,
  accept?: (data: unknown) => boolean,
): { paused: boolean } {
  const [paused, setPaused] = useState(false);
  // The latest callbacks, so that a re-render does not close and reopen the stream.
  const latest = useRef({ onChange, accept });
  latest.current = { onChange, accept };

  useEffect(() => {
    if (url === null || typeof EventSource === "undefined") return;
    const stream = new LiveStream({
      url,
      eventName,
      open: (address) => new EventSource(address),
      onChange: () => latest.current.onChange(),
      onPausedChange: setPaused,
      accept: (data) => latest.current.accept?.(data) ?? true,
    });
    stream.start();
    return () => {
      stream.stop();
      setPaused(false);
    };
  }, [url, eventName]);

  return { paused };
}
