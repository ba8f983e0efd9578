import { AppError } from "../errors/app-error";

/** The rule for citizens and staff alike: 5 wrong attempts lock the account for 15 minutes. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** The 423 answer, telling how long is left. */
export function lockedError(until: Date, now: Date) {
  // Rounded, not ceiled: the lock is set by the database a few milliseconds after `now`.
  const minutes = Math.max(1, Math.round((until.getTime() - now.getTime()) / 60_000));
  return new AppError("locked", {
    vi: `Tài khoản tạm khoá do nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    en: `The account is locked after too many failed attempts. Try again in ${minutes} minutes.`,
  });
}
