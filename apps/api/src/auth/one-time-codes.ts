import { createHash, randomBytes, randomInt } from "node:crypto";
import {
  consumeOtpChallenge,
  countOtpSent,
  findOtpChallenge,
  insertOtpChallenge,
  type OtpChallenge,
  type OtpPurpose,
  recordOtpSent,
  type SqlRunner,
  takeOtpTry,
  uuidv7,
} from "@ansinh/db";
import { maskMobile, parseMobile } from "@ansinh/domain";
import { AppError, type Bilingual } from "../errors/app-error";
import type { RouteContext } from "../routes/route-context";
import { enqueueSms } from "../sms/enqueue-sms";

/** The OTP rules of the accounts issue: 6 digits, 5 minutes, 5 tries, resend after 60 s, 5 an hour. */
const OTP_POLICY = {
  digits: 6,
  codeMinutes: 5,
  maxTries: 5,
  resendSeconds: 60,
  perHour: 5,
  /** How long the whole challenge (confirm, ask for codes, type one) may take. */
  ticketMinutes: 15,
} as const;

/** What the app is told after a code is sent: enough to show "sent to 091****678" and a countdown. */
export interface OtpSent {
  phoneMasked: string;
  expiresInSeconds: number;
  resendInSeconds: number;
}

const purposeWords: Record<OtpPurpose, string> = {
  device_change: "dang nhap tren thiet bi moi",
  password_reset: "dat lai mat khau",
};

/**
 * The SMS: the code first (phones show the start of a message in the notification), a warning, and a
 * last line `@host #code` so that the browser can offer the code itself (WebOTP).
 */
function otpSmsText(code: string, purpose: OtpPurpose, host: string): string {
  return (
    `${code} la ma xac thuc (OTP) de ${purposeWords[purpose]} tren ung dung BHXH, co hieu luc ` +
    `${OTP_POLICY.codeMinutes} phut. Khong cung cap ma nay cho bat ky ai.\n@${host} #${code}`
  );
}

const ticketProblem = (detail: Bilingual) =>
  new AppError("validation", detail, [{ field: "body.ticket", code: "otp.ticket", ...detail }]);

const codeProblem = (code: string, detail: Bilingual) =>
  new AppError("validation", detail, [{ field: "body.code", code, ...detail }]);

const expiredTicket = () =>
  ticketProblem({
    vi: "Phiên xác thực đã hết hạn hoặc không hợp lệ. Vui lòng thực hiện lại từ đầu.",
    en: "This verification has expired or is not valid. Please start again.",
  });

const hashTicket = (ticket: string) => createHash("sha256").update(ticket).digest("base64url");

/**
 * The registered phone as a number a code can go to, or null when there is none or what is stored is
 * not a mobile number (a landline, a typo from an old import): callers answer "no phone registered"
 * rather than fail on it later.
 */
export function registeredMobile(stored: string | null): string | null {
  const parsed = parseMobile(stored ?? "");
  return parsed.ok ? parsed.value : null;
}

/**
 * What a password reset that named no account keeps: a key of the number and phone typed (a blind
 * index, not the number), so that repeats are limited as an account's would be.
 */
export interface UnmatchedReset {
  attemptKey: string;
}

/**
 * Opens a challenge and returns the ticket the app holds (only its hash is stored). For a password
 * reset that named no account, personId is null and the payload an UnmatchedReset: everything behaves
 * the same, but no code is sent.
 */
export async function openOtpChallenge(
  db: SqlRunner,
  c: { purpose: OtpPurpose; personId: string | null; phone: string | null; payload?: object },
): Promise<string> {
  const ticket = randomBytes(32).toString("base64url");
  await insertOtpChallenge(db, {
    id: uuidv7(),
    ...c,
    ticketHash: hashTicket(ticket),
    ticketMinutes: OTP_POLICY.ticketMinutes,
  });
  return ticket;
}

async function liveChallenge(db: SqlRunner, ticket: string, purpose?: OtpPurpose, now = new Date()) {
  const challenge = await findOtpChallenge(db, hashTicket(ticket));
  if (!challenge || challenge.consumedAt || challenge.ticketExpiresAt <= now) throw expiredTicket();
  if (purpose && challenge.purpose !== purpose) throw expiredTicket();
  return challenge;
}

// Keyed with the blind-index key: a copy of the table does not give the codes away by brute force.
const codeHash = (context: Pick<RouteContext, "cipher">, challengeId: string, code: string) =>
  context.cipher.blindIndex(`otp:${challengeId}:${code}`);

const tooSoon = (seconds: number) =>
  new AppError("rate_limited", {
    vi: `Vui lòng chờ ${seconds} giây trước khi yêu cầu gửi lại mã.`,
    en: `Please wait ${seconds} seconds before asking for a new code.`,
  });

const tooMany = () =>
  new AppError("rate_limited", {
    vi: `Đã gửi quá ${OTP_POLICY.perHour} mã trong một giờ. Vui lòng thử lại sau hoặc gọi 1900 9068.`,
    en: `More than ${OTP_POLICY.perHour} codes were sent within an hour. Please try later or call 1900 9068.`,
  });

/**
 * Sends a code for a challenge (first time or again): 60 s between sends, 5 an hour per account and per
 * phone number. The limits are counted and the send recorded in one transaction under the phone's lock
 * (see countOtpSent), so concurrent sends cannot exceed them; the code, the log row and the SMS are
 * committed together.
 */
export async function sendOtp(
  context: Pick<RouteContext, "db" | "cipher" | "accounts">,
  ticket: string,
  now = new Date(),
): Promise<OtpSent> {
  const challenge = await liveChallenge(context.db, ticket, undefined, now);
  const phone = registeredMobile(challenge.phone);
  if (!phone) throw expiredTicket();
  // Answered here with the exact wait; the update in recordOtpSent is what holds under races.
  if (challenge.sentAt) {
    const waited = (now.getTime() - challenge.sentAt.getTime()) / 1000;
    if (waited < OTP_POLICY.resendSeconds) throw tooSoon(Math.ceil(OTP_POLICY.resendSeconds - waited));
  }
  const attemptKey = (challenge.payload as Partial<UnmatchedReset> | null)?.attemptKey ?? null;
  const code = String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, "0");
  await context.db.transaction(async (tx) => {
    const sent = await countOtpSent(tx, { personId: challenge.personId, attemptKey, phone }, 60);
    if (sent.toSender >= OTP_POLICY.perHour || sent.toPhone >= OTP_POLICY.perHour) throw tooMany();
    const recorded = await recordOtpSent(tx, {
      challengeId: challenge.id,
      personId: challenge.personId,
      phone,
      codeHash: codeHash(context, challenge.id, code),
      codeMinutes: OTP_POLICY.codeMinutes,
      resendSeconds: OTP_POLICY.resendSeconds,
    });
    // Another send of this ticket got in between the check above and here: it has just sent a code.
    if (!recorded) throw tooSoon(OTP_POLICY.resendSeconds);
    // A reset for no account logs the "send" (its own hourly limit counts it) but sends nothing.
    if (challenge.personId) {
      await enqueueSms(tx, {
        to: phone,
        text: otpSmsText(code, challenge.purpose, context.accounts.publicHost),
      });
    }
  });
  return {
    phoneMasked: maskMobile(phone),
    expiresInSeconds: OTP_POLICY.codeMinutes * 60,
    resendInSeconds: OTP_POLICY.resendSeconds,
  };
}

/** A verified challenge: the person it is for and what it unlocks. */
interface VerifiedChallenge extends OtpChallenge {
  personId: string;
}

/**
 * Checks a code. The comparison and the count of a wrong try are one committed statement (takeOtpTry),
 * so five wrong guesses end the code even if the requests race; the right code uses no try. The
 * challenge is not consumed here: the caller does that with `consumeVerified` inside the transaction
 * that uses it, so a failure there (a weak new password, say) leaves the code and its tries usable.
 * Rejecting such a failure before the code is checked would tell a reset that matched an account from
 * one that did not (only the first has a person whose rules apply), so it comes after.
 */
export async function verifyOtp(
  context: Pick<RouteContext, "db" | "cipher">,
  input: { ticket: string; code: string; purpose: OtpPurpose },
  now = new Date(),
): Promise<VerifiedChallenge> {
  const challenge = await liveChallenge(context.db, input.ticket, input.purpose, now);
  if (!challenge.codeHash || !challenge.codeExpiresAt) {
    throw codeProblem("otp.not_sent", {
      vi: "Chưa có mã nào được gửi. Vui lòng bấm Gửi mã.",
      en: "No code has been sent yet. Please ask for a code.",
    });
  }
  if (challenge.codeExpiresAt <= now) {
    throw codeProblem("otp.expired", {
      vi: "Mã OTP đã hết hạn. Vui lòng yêu cầu gửi lại mã.",
      en: "The code has expired. Please ask for a new one.",
    });
  }
  // Compared as stored HMACs, whose bytes a guesser cannot steer: no timing to learn from.
  const tried = await takeOtpTry(context.db, {
    challengeId: challenge.id,
    codeHash: codeHash(context, challenge.id, input.code),
    maxTries: OTP_POLICY.maxTries,
  });
  if (!tried) {
    throw codeProblem("otp.no_tries_left", {
      vi: `Đã nhập sai quá ${OTP_POLICY.maxTries} lần. Vui lòng yêu cầu gửi lại mã mới.`,
      en: `More than ${OTP_POLICY.maxTries} wrong tries. Please ask for a new code.`,
    });
  }
  if (!tried.right || !challenge.personId) {
    const left = OTP_POLICY.maxTries - tried.attempts;
    throw codeProblem(
      "otp.wrong",
      left > 0
        ? {
            vi: `Mã OTP không đúng. Còn ${left} lần thử.`,
            en: `The code is not correct. ${left} tries left.`,
          }
        : {
            vi: "Mã OTP không đúng. Đã hết lượt thử, vui lòng yêu cầu gửi lại mã mới.",
            en: "The code is not correct. No tries are left; please ask for a new code.",
          },
    );
  }
  return { ...challenge, personId: challenge.personId };
}

/** Uses the challenge up inside the caller's transaction; a second use of the same code fails. */
export async function consumeVerified(tx: SqlRunner, challenge: VerifiedChallenge) {
  if (!(await consumeOtpChallenge(tx, challenge.id))) throw expiredTicket();
}
