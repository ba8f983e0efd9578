import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { rateLimitedError } from "../errors/rate-limited";

/**
 * Per-IP rate limits, for the routes that ask for one (`config: perMinute(n)`); no other route is
 * limited. Over the limit: 429 problem+json with Retry-After (seconds) and a bilingual detail.
 *
 * Without `redisUrl` the counters are in memory, per process: with several api processes behind a
 * load balancer each would count alone, and N processes allow N times the limit. With REDIS_URL
 * (design.md) every process counts in the same Redis. Behind a reverse proxy, TRUST_PROXY names it, so
 * that each client counts under its own forwarded address rather than all under the proxy's.
 */
export async function registerRateLimits(app: FastifyInstance, options: { redisUrl?: string } = {}) {
  const redis = options.redisUrl ? await sharedCounters(app, options.redisUrl) : undefined;
  await app.register(rateLimit, {
    global: false,
    // Addresses remembered per route; the default 5 000 would forget busy clients on a public service.
    cache: 100_000,
    ...(redis
      ? {
          redis,
          nameSpace: "ansinh-rate-limit:",
          // Redis unreachable: the request is served uncounted rather than refused. The limits stop
          // scripts; sign-in and registration must not go down with the counters (logged as an error).
          skipOnError: true,
        }
      : {}),
    errorResponseBuilder: (_request, context) => rateLimitedError(context.ttl / 1000),
  });
}

/**
 * The Redis connection of the limits, closed with the app. Short timeouts and no queue while it is
 * down: a counter that cannot be reached within half a second is skipped (above), not waited for.
 * The app starts once the connection is up (or has failed once, or after 2 s), so that the first
 * requests are counted too.
 */
async function sharedCounters(app: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on("error", (error) => app.log.error({ err: error }, "rate limits: Redis unreachable"));
  await new Promise<void>((resolve) => {
    redis.once("ready", resolve);
    redis.once("error", () => resolve());
    setTimeout(resolve, 2_000).unref();
  });
  app.addHook("onClose", async () => {
    redis.disconnect();
  });
  return redis;
}

/** A route's `config`: at most `max` requests a minute from one address (an IPv6 /64 counts as one). */
export function perMinute(max: number) {
  return { rateLimit: { max, timeWindow: 60_000 } };
}
