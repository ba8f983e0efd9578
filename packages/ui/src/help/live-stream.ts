/** The part of the browser's EventSource that LiveStream uses (so tests can stand in for it). */
export interface StreamSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

/** EventSource.CLOSED, written out: the constant does not exist where there is no EventSource (tests). */
const CLOSED = 2;

/** Bursts of events within this window make one reload (at its end), not one each. */
export const COALESCE_MS = 1000;
/** After a dropped connection the browser retries within seconds; only a longer gap is news. */
export const PAUSED_AFTER_MS = 10_000;
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

interface LiveStreamOptions {
  url: string;
  eventName: string;
  open: (url: string) => StreamSource;
  /** Called at most once per COALESCE_MS, after the events (or reconnection) that asked for it. */
  onChange: () => void;
  onPausedChange: (paused: boolean) => void;
  /** Whether an event's data is worth a reload; every event counts without it. */
  accept?: (data: unknown) => boolean;
  /** 0 ≤ n < 1, for spreading retries; Math.random unless a test fixes it. */
  random?: () => number;
}

/**
 * One server-sent events stream, kept open until stop(). The browser reconnects a dropped connection
 * by itself, but gives up for good (readyState CLOSED) when the server answers with an error, e.g. a
 * 502 during a deploy or a 401: then this opens a new one, waiting longer each time (1 s, 2 s, 4 s, …,
 * at most 30 s, each shortened at random so that a whole office does not come back at the same
 * instant). Events in between are lost, so each reopening counts as a change. While no connection has
 * been open for a while, the stream says it is paused, for the page to tell the person.
 */
export class LiveStream {
  private source: StreamSource | null = null;
  private retries = 0;
  private openedBefore = false;
  private paused = false;
  private stopped = false;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LiveStreamOptions) {}

  start(): void {
    const source = this.options.open(this.options.url);
    this.source = source;
    source.addEventListener(this.options.eventName, (event) => {
      if (this.options.accept && !this.options.accept(event.data)) return;
      this.changed();
    });
    source.addEventListener("open", () => {
      if (this.source !== source) return;
      this.retries = 0;
      clearTimeout(this.pauseTimer);
      this.pauseTimer = undefined;
      this.setPaused(false);
      if (this.openedBefore) this.changed();
      this.openedBefore = true;
    });
    source.addEventListener("error", () => {
      if (this.source !== source) return;
      if (source.readyState === CLOSED) this.reopenLater(source);
      else this.pauseTimer ??= setTimeout(() => this.setPaused(true), PAUSED_AFTER_MS);
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.changeTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.pauseTimer);
    this.source?.close();
    this.source = null;
  }

  private reopenLater(source: StreamSource): void {
    source.close();
    this.source = null;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.setPaused(true);
    const longest = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.retries);
    this.retries += 1;
    const random = this.options.random ?? Math.random;
    this.retryTimer = setTimeout(() => this.start(), longest / 2 + (random() * longest) / 2);
  }

  private changed(): void {
    this.changeTimer ??= setTimeout(() => {
      this.changeTimer = undefined;
      this.options.onChange();
    }, COALESCE_MS);
  }

  private setPaused(paused: boolean): void {
    if (this.paused === paused || this.stopped) return;
    this.paused = paused;
    this.options.onPausedChange(paused);
  }
}
