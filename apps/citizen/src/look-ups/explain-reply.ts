import type { ApiReply } from "../account/api-reply";
import { bothLanguages, fill, type LookUpsMessageKey } from "./i18n/messages";

/** "45 giây", "2 phút": how long a 429 asks people to wait, in the unit they would say it. */
function waitText(seconds: number, t: (key: LookUpsMessageKey) => string): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? t("lu.wait.second") : fill(t("lu.wait.seconds"), { n: whole });
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? t("lu.wait.minute") : fill(t("lu.wait.minutes"), { n: minutes });
}

/**
 * A look-up's refusal in the look-ups' own words where they say more than the server's: too many
 * look-ups (with how long to wait), and no usable answer at all (which the shared notice would call a
 * sign-in problem). Any other reply is left as it is.
 */
export function explainRefusal(reply: ApiReply): ApiReply {
  if (reply.kind === "unavailable") {
    return refusal(
      0,
      null,
      bothLanguages((t) => t("lu.unavailable")),
    );
  }
  if (reply.ok || reply.status !== 429) return reply;
  const { retryAfter } = reply;
  const message = bothLanguages((t) =>
    retryAfter === null
      ? t("lu.rateLimitedSoon")
      : fill(t("lu.rateLimited"), { wait: waitText(retryAfter, t) }),
  );
  return refusal(429, retryAfter, message);
}

function refusal(status: number, retryAfter: number | null, message: { vi: string; en: string }): ApiReply {
  return {
    kind: "answer",
    ok: false,
    status,
    type: null,
    message,
    problems: [],
    fields: [],
    body: null,
    retryAfter,
  };
}
