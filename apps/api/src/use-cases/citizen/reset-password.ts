import {
  findCitizenCredentials,
  findCitizenProfile,
  resetCitizenPassword,
  revokePersonSessions,
} from "@ansinh/db";
import { checkNewPassword, formatVietnamTime, maskMobile } from "@ansinh/domain";
import {
  consumeVerified,
  type OtpSent,
  openOtpChallenge,
  registeredMobile,
  sendOtp,
  type UnmatchedReset,
  verifyOtp,
} from "../../auth/one-time-codes";
import { hashPassword } from "../../auth/passwords";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { weakPasswordError } from "./change-password";

const accountNotActive = () =>
  new AppError("forbidden", {
    vi: "Tài khoản đã bị khoá hoặc đã đóng nên không thể đặt lại mật khẩu. Vui lòng liên hệ cơ quan BHXH hoặc gọi 1900 9068.",
    en: "The account is locked or closed, so its password cannot be reset. Please contact your social insurance office or call 1900 9068.",
  });

/**
 * "Quên mật khẩu", step 1: the BHXH number (or CCCD) and the registered phone. The answer is the same
 * whether they match an account or not — a ticket and "a code was sent to 091****678" (the number
 * typed), or the same 429 after five an hour — but a code goes out only when they match, and only to
 * the phone on file. Attempts that match nothing are limited per number and phone typed, never
 * against the phone alone: else anyone could block a stranger's phone with made-up numbers.
 */
export async function startPasswordReset(
  context: RouteContext,
  input: { identifier: string; phone: string },
  now = new Date(),
): Promise<OtpSent & { ticket: string }> {
  const by =
    input.identifier.length === 10
      ? { bhxhNumber: input.identifier }
      : { nationalIdIndex: context.cipher.blindIndex(input.identifier) };
  const account = await findCitizenCredentials(context.db, by);
  const matches = account?.status === "active" && registeredMobile(account.phone) === input.phone;
  const unmatched: UnmatchedReset = {
    attemptKey: context.cipher.blindIndex(`password_reset:${input.identifier}:${input.phone}`),
  };
  const ticket = await openOtpChallenge(context.db, {
    purpose: "password_reset",
    personId: matches ? account.personId : null,
    phone: input.phone,
    payload: matches ? undefined : unmatched,
  });
  const sent = await sendOtp(context, ticket, now);
  return { ticket, ...sent, phoneMasked: maskMobile(input.phone) };
}

/**
 * Step 2: the code and the new password; the lock is lifted, every session ends, the owner is told. A
 * new password that breaks the rules is refused after the code is checked (the person's rules need the
 * verified person), but the right code uses no try, so it stays good for the next attempt.
 */
export async function confirmPasswordReset(
  context: RouteContext,
  input: { ticket: string; code: string; newPassword: string },
  now = new Date(),
) {
  const challenge = await verifyOtp(context, { ...input, purpose: "password_reset" }, now);
  const citizen = await findCitizenProfile(context.db, challenge.personId);
  if (!citizen) throw new Error("A verified reset names a person without an account");
  const problems = checkNewPassword(input.newPassword, { bhxhNumber: citizen.bhxhNumber });
  if (problems.length > 0) throw weakPasswordError(problems);
  const passwordHash = await hashPassword(input.newPassword);
  await context.db.transaction(async (tx) => {
    await consumeVerified(tx, challenge);
    // A refusal rolls back and keeps the code, like the device change.
    if (!(await resetCitizenPassword(tx, challenge.personId, passwordHash))) throw accountNotActive();
    await revokePersonSessions(tx, challenge.personId, "password_reset");
    if (challenge.phone) {
      await enqueueSms(tx, {
        to: challenge.phone,
        text:
          `BHXH Viet Nam: mat khau tai khoan ${citizen.bhxhNumber} da duoc dat lai luc ${formatVietnamTime(now)}. ` +
          "Neu khong phai ban, hay goi ngay 19009068.",
      });
    }
  });
}
