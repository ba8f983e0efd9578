import { setTimeout as sleep } from "node:timers/promises";
import {
  claimDue,
  type Db,
  markDelivered,
  markFailed,
  OUTBOX_CHANNEL,
  type OutboxMessage,
  type SqlRunner,
} from "@ansinh/db";
import { nextRetry } from "./next-retry";

/**
 * The poll is the fallback: a NOTIFY at each enqueue wakes the worker at once. A one-time code should
 * reach the gateway within a second even if notifications are lost.
 */
export const OUTBOX_POLL_MS = 1000;

/** Delivers one message's payload; throwing means "not delivered, try again later". */
export type OutboxHandler = (payload: unknown) => Promise<void>;

/** Handlers by topic. */
export type OutboxHandlers = Record<string, OutboxHandler>;

/** The part of pino the worker uses (Fastify's logger is one). */
export interface WorkerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

interface OutboxWorkerOptions {
  db: SqlRunner & Partial<Pick<Db, "listen">>;
  handlers: OutboxHandlers;
  log: WorkerLog;
  /** Pause between polls while nothing is due. */
  intervalMs: number;
  /** Messages claimed and delivered together. */
  batchSize?: number;
  /** Lease on claimed messages: well above the slowest handler (the SMS gateway times out after 10 s). */
  leaseMs?: number;
}

export interface OutboxWorker {
  /** Stops polling and resolves once the batch in flight is delivered and recorded. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox: claims due messages, hands each to the handler of its topic, and records the
 * delivery or the failure with the time of the next attempt. Any number of workers may run, in one
 * process or many, since claims never overlap.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, handlers, log, intervalMs, batchSize = 20, leaseMs = 60_000 } = options;
  let stopped = false;
  // A NOTIFY (or stop()) cuts the current pause short; one arriving during a poll skips the next pause.
  let nudged = false;
  let pause: AbortController | undefined;
  const wake = () => {
    nudged = true;
    pause?.abort();
  };
  const listening = db.listen?.(OUTBOX_CHANNEL, wake).catch((error: unknown) => {
    log.warn({ err: error }, "outbox notifications unavailable; polling only");
    return undefined;
  });

  async function deliver(message: OutboxMessage) {
    try {
      const handler = handlers[message.topic];
      // Retried like any failure: during a rolling deploy a newer process may know the topic.
      if (!handler) throw new Error(`no handler for topic "${message.topic}"`);
      await handler(message.payload);
    } catch (error) {
      const outcome = nextRetry(message.attempts, new Date());
      await markFailed(db, message.id, error instanceof Error ? error.message : String(error), outcome);
      const { id, topic, attempts } = message;
      log.warn({ id, topic, attempts, err: error, final: "final" in outcome }, "outbox delivery failed");
      return;
    }
    await markDelivered(db, message.id);
  }

  async function pollOnce(): Promise<number> {
    const messages = await claimDue(db, { limit: batchSize, lockFor: leaseMs });
    await Promise.all(
      messages.map((message) =>
        deliver(message).catch((error: unknown) => {
          // The lease brings the message back, so it is sent again: at least once, never lost.
          log.error({ id: message.id, err: error }, "could not record an outbox delivery");
        }),
      ),
    );
    return messages.length;
  }

  async function run() {
    while (!stopped) {
      nudged = false;
      let claimed = 0;
      try {
        claimed = await pollOnce();
      } catch (error) {
        log.error({ err: error }, "outbox poll failed");
      }
      // A full batch means more may be due: carry on at once. A controller per pause, so that a
      // long-running worker holds no listeners from pauses already over.
      if (claimed < batchSize && !nudged && !stopped) {
        pause = new AbortController();
        await sleep(intervalMs, undefined, { signal: pause.signal }).catch(() => {});
        pause = undefined;
      }
    }
  }

  log.info({ intervalMs, batchSize }, "outbox worker started");
  const running = run();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await running;
      await (await listening)?.();
      log.info({}, "outbox worker stopped");
    },
  };
}
