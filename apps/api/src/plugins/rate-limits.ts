import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { rateLimitedError } from "../errors/rate-limited";

/**
 * Per-IP rate limits, for the routes that ask for one (`config: perMinute(n)`); no other route is
 * limited. Over the limit: 429 problem+json with Retry-After (seconds) and a bilingual detail.
 *
 * The counters are in memory, per process: with several api processes behind a load balancer each
 * counts alone, so N processes allow N times the limit. Sharing them needs the plugin's Redis store
 * when REDIS_URL is set (design.md) — a follow-up. Behind a reverse proxy, TRUST_PROXY names it, so
 * that each client counts under its own forwarded address rather than all under the proxy's.
 */
export async function registerRateLimits(app: FastifyInstance) {
  await app.register(rateLimit, {
    global: false,
    // Addresses remembered per route; the default 5 000 would forget busy clients on a public service.
    cache: 100_000,
    errorResponseBuilder: (_request, context) => rateLimitedError(context.ttl / 1000),
  });
}

/** A route's `config`: at most `max` requests a minute from one address (an IPv6 /64 counts as one). */
export function perMinute(max: number) {
  return { rateLimit: { max, timeWindow: 60_000 } };
}
