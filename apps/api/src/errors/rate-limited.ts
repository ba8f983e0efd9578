import { AppError, type Bilingual } from "./app-error";

/**
 * A 429 of a limit the application counts itself (per person, in the database): the error handler
 * sends `retryAfterSeconds` as the Retry-After header, as the per-IP limits' plugin does for its own.
 */
export class RateLimitReached extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    detail: Bilingual,
  ) {
    super("rate_limited", detail);
  }
}

/**
 * The 429 of a per-IP rate limit (plugins/rate-limits.ts): a bilingual detail that says how long to
 * wait, the same number of seconds as the Retry-After header the plugin sets.
 */
export function rateLimitedError(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError("rate_limited", {
    vi: `Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${seconds} giây.`,
    en: `Too many requests. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  });
}
