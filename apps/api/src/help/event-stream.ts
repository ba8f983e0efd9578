import type { FastifyReply, FastifyRequest } from "fastify";
import type { HelpChatEvent } from "./chat-events";
import type { ChatAudience, HelpChatHub } from "./chat-hub";

/** A comment line this often keeps proxies and phones from dropping a quiet connection. */
const PING_MS = 20_000;
/**
 * A stream ends after this long and the browser's EventSource opens a new one, which checks the
 * session again: a signed-out or revoked session stops receiving within this time.
 */
const MAX_STREAM_MS = 10 * 60_000;
/** How long EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;

/**
 * Serves text/event-stream: `event: <name>` with `{"conversationId":…}` for each change the hub hands
 * over for the audience, a `: ping` comment every PING_MS (after `onPing`, e.g. a presence mark).
 * The reply is hijacked, so Fastify's onSend hooks and the security-headers plugin do not run: the
 * headers that matter are written here.
 */
export function serveEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  stream: {
    hub: HelpChatHub;
    audience: ChatAudience;
    /** Who opened it ("person:<id>", "staff:<id>"): the hub caps how many each holds open. */
    owner: string;
    eventName: string;
    onPing?: () => Promise<void>;
  },
): void {
  reply.hijack();
  const res = reply.raw;
  // The client may have gone during the route's awaits (session check, presence mark): its "close"
  // has fired already and never fires again, so nothing below would ever be released.
  if (res.destroyed || request.raw.socket.destroyed) return;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-accel-buffering": "no",
    "x-content-type-options": "nosniff",
    "x-request-id": request.id,
    // The connection serves this stream alone: when the stream ends (the app closing, the lifetime
    // over) the socket goes too, instead of idling where a closing server would wait for it.
    connection: "close",
  });
  res.write(`retry: ${RETRY_MS}\n\n`);

  let stopped = false;
  const write = (text: string) => {
    if (!stopped) res.write(text);
  };
  // Every way a stream ends (the client gone, its lifetime over, the hub ending it) comes here, once.
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(ping);
    clearTimeout(lifetime);
    unsubscribe();
    if (!res.destroyed) res.end();
  };
  const unsubscribe = stream.hub.subscribe({
    audience: stream.audience,
    owner: stream.owner,
    onEvent: (event: HelpChatEvent) =>
      write(
        `event: ${stream.eventName}\ndata: ${JSON.stringify({ conversationId: event.conversationId })}\n\n`,
      ),
    end: stop,
  });
  const ping = setInterval(() => {
    // A failed presence mark (the database busy for a moment) only costs the mark, not the stream.
    void (stream.onPing?.() ?? Promise.resolve())
      .catch((error: unknown) => request.log.warn({ err: error }, "event stream ping failed"))
      .finally(() => write(": ping\n\n"));
  }, PING_MS);
  const lifetime = setTimeout(stop, MAX_STREAM_MS);
  res.on("close", stop);
}
