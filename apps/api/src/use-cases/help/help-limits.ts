import { listRecentCitizenMessageTimes, listRecentPetitionTimes, type SqlRunner } from "@ansinh/db";
import type { Bilingual } from "../../errors/app-error";
import { RateLimitReached } from "../../errors/rate-limited";

/**
 * Per-person limits on what a citizen sends the help desk. Each chat message may carry a picture to
 * decode and is announced to every open console of the office; each petition sends an SMS. Counted in
 * the database, so they hold across api processes, and per person, since many phones share one
 * address behind a mobile carrier. Requests at the same instant may pass a limit by one or two: it
 * stops floods, not the exact count.
 */
interface Window {
  max: number;
  ms: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const helpWriteLimits = {
  /** More than anyone types, or sends photos, in a minute. */
  chatMessagesPerMinute: 20,
  /** A person with several matters may file a few at once, not a stream of them. */
  petitionsPerHour: 5,
  petitionsPerDay: 20,
} as const;

const CHAT_MESSAGE_WINDOWS: readonly Window[] = [{ max: helpWriteLimits.chatMessagesPerMinute, ms: MINUTE }];
const PETITION_WINDOWS: readonly Window[] = [
  { max: helpWriteLimits.petitionsPerHour, ms: HOUR },
  { max: helpWriteLimits.petitionsPerDay, ms: 24 * HOUR },
];

/** The citizen may send another chat message now (429 otherwise). */
export function checkChatMessageLimit(db: SqlRunner, personId: string, now = new Date()) {
  return refuseWhenFull(
    CHAT_MESSAGE_WINDOWS,
    now,
    (since, limit) => listRecentCitizenMessageTimes(db, personId, since, limit),
    (when) => ({
      vi: `Bạn đã gửi quá nhiều tin nhắn trong thời gian ngắn. Vui lòng thử lại sau ${when.vi}.`,
      en: `You have sent too many messages in a short time. Please try again in ${when.en}.`,
    }),
  );
}

/** The citizen may file another petition now (429 otherwise). */
export function checkPetitionLimit(db: SqlRunner, personId: string, now = new Date()) {
  return refuseWhenFull(
    PETITION_WINDOWS,
    now,
    (since, limit) => listRecentPetitionTimes(db, personId, since, limit),
    (when) => ({
      vi: `Bạn đã gửi nhiều phản ánh, kiến nghị trong thời gian ngắn. Vui lòng gửi tiếp sau ${when.vi}, hoặc gọi 1900 9068.`,
      en: `You have sent many petitions in a short time. Please send the next one in ${when.en}, or call 1900 9068.`,
    }),
  );
}

/** A 429 telling how long to wait (`detail` says it in words) when a window is full; nothing otherwise. */
async function refuseWhenFull(
  windows: readonly Window[],
  now: Date,
  recentTimes: (since: Date, limit: number) => Promise<Date[]>,
  detail: (when: Bilingual) => Bilingual,
): Promise<void> {
  const wait = await waitBeforeNext(windows, now, recentTimes);
  if (wait !== null) throw new RateLimitReached(wait, detail(inTime(wait)));
}

/**
 * Seconds until each window holds fewer than its max of the person's writes, or null when they all
 * do now. In a window that is full, the max-th newest write is the one that must leave it.
 */
async function waitBeforeNext(
  windows: readonly Window[],
  now: Date,
  recentTimes: (since: Date, limit: number) => Promise<Date[]>,
): Promise<number | null> {
  const longest = Math.max(...windows.map((w) => w.ms));
  const newestFirst = await recentTimes(
    new Date(now.getTime() - longest),
    Math.max(...windows.map((w) => w.max)),
  );
  let freeAt = 0;
  for (const { max, ms } of windows) {
    const inWindow = newestFirst.filter((at) => at.getTime() > now.getTime() - ms);
    const leaving = inWindow[max - 1];
    if (leaving) freeAt = Math.max(freeAt, leaving.getTime() + ms);
  }
  return freeAt > now.getTime() ? Math.ceil((freeAt - now.getTime()) / 1000) : null;
}

/** "45 giây", "12 phút", "3 giờ": the wait as people say it. */
function inTime(seconds: number): Bilingual {
  const say = (n: number, vi: string, en: string) => ({
    vi: `${n} ${vi}`,
    en: `${n} ${en}${n === 1 ? "" : "s"}`,
  });
  if (seconds < 120) return say(seconds, "giây", "second");
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return say(minutes, "phút", "minute");
  return say(Math.ceil(minutes / 60), "giờ", "hour");
}
