import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { COALESCE_MS, LiveStream, PAUSED_AFTER_MS, type StreamSource } from "./live-stream";

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

/** Stands in for the browser's EventSource: the test says when it opens, errs or sends. */
class FakeSource implements StreamSource {
  readyState = CONNECTING;
  closed = false;
  private readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();

  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = CLOSED;
  }

  emit(type: string, data?: unknown): void {
    if (type === "open") this.readyState = OPEN;
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }

  /** The browser gave up (an error status): no reconnecting by itself. */
  fail(): void {
    this.readyState = CLOSED;
    this.emit("error");
  }

  /** The connection dropped: the browser is reconnecting by itself. */
  drop(): void {
    this.readyState = CONNECTING;
    this.emit("error");
  }
}

function stream(accept?: (data: unknown) => boolean) {
  const sources: FakeSource[] = [];
  const onChange = vi.fn();
  const paused: boolean[] = [];
  const live = new LiveStream({
    url: "/api/help/chat/stream",
    eventName: "chat",
    open: (url) => {
      expect(url).toBe("/api/help/chat/stream");
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    onChange,
    onPausedChange: (now) => paused.push(now),
    accept,
    // The shortest wait of each back-off step (half the longest), so the steps are exact.
    random: () => 0,
  });
  live.start();
  const latest = () => sources.at(-1) as FakeSource;
  return { live, sources, latest, onChange, paused };
}

describe("LiveStream", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("makes one change of a burst of events, a second after the first", () => {
    const { latest, onChange, live } = stream();
    latest().emit("open");
    latest().emit("chat", "{}");
    vi.advanceTimersByTime(400);
    latest().emit("chat", "{}");
    latest().emit("chat", "{}");
    vi.advanceTimersByTime(COALESCE_MS - 401);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);

    // A later event is a new change.
    latest().emit("chat", "{}");
    vi.advanceTimersByTime(COALESCE_MS);
    expect(onChange).toHaveBeenCalledTimes(2);
    live.stop();
  });

  it("ignores events that accept turns down, and the first opening", () => {
    const { latest, onChange, live } = stream((data) => data === "mine");
    latest().emit("open");
    latest().emit("chat", "another");
    vi.advanceTimersByTime(COALESCE_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
    latest().emit("chat", "mine");
    vi.advanceTimersByTime(COALESCE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    live.stop();
  });

  it("reopens a stream the browser gave up on, waiting longer each time, and counts the reopening as a change", () => {
    const { sources, latest, onChange, paused, live } = stream();
    latest().emit("open");
    latest().fail();
    expect(sources[0]?.closed).toBe(true);
    expect(paused).toEqual([true]);

    for (const wait of [500, 1000, 2000, 4000, 8000, 15_000, 15_000]) {
      const before = sources.length;
      vi.advanceTimersByTime(wait - 1);
      expect(sources).toHaveLength(before);
      vi.advanceTimersByTime(1);
      expect(sources).toHaveLength(before + 1);
      latest().fail();
    }
    expect(paused).toEqual([true]);

    vi.advanceTimersByTime(15_000);
    latest().emit("open");
    expect(paused).toEqual([true, false]);
    vi.advanceTimersByTime(COALESCE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);

    // Back at the first step once a stream opened.
    latest().fail();
    const before = sources.length;
    vi.advanceTimersByTime(500);
    expect(sources).toHaveLength(before + 1);
    live.stop();
  });

  it("says it is paused only when the browser's own reconnecting takes long", () => {
    const { sources, latest, paused, live } = stream();
    latest().emit("open");
    latest().drop();
    vi.advanceTimersByTime(PAUSED_AFTER_MS - 1);
    latest().emit("open");
    vi.advanceTimersByTime(PAUSED_AFTER_MS);
    expect(paused).toEqual([]);

    latest().drop();
    vi.advanceTimersByTime(PAUSED_AFTER_MS);
    expect(paused).toEqual([true]);
    expect(sources).toHaveLength(1);
    live.stop();
  });

  it("does nothing more once stopped", () => {
    const { sources, latest, onChange, paused, live } = stream();
    latest().emit("open");
    latest().emit("chat", "{}");
    latest().fail();
    live.stop();
    vi.advanceTimersByTime(60_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(sources).toHaveLength(1);
    expect(paused).toEqual([true]);
  });
});
