import {
  findStaffCredentials,
  findStaffProfile,
  insertSession,
  recordFailedStaffLogin,
  recordStaffLogin,
  type StaffProfile,
} from "@ansinh/db";
import { verifyPassword } from "../../auth/passwords";
import { newSessionToken } from "../../auth/session-token";
import { STAFF_SESSION_MINUTES } from "../../auth/staff-session";
import { verifyTotp } from "../../auth/totp";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";

const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES = 15;

interface StaffSignIn {
  /** Username or e-mail. */
  identifier: string;
  password: string;
  code: string;
}

// One message for a wrong username, password or code: the answer must not say which was wrong.
const wrongCredentials = () =>
  new AppError("unauthenticated", {
    vi: "Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.",
    en: "The username, password or authentication code is not correct.",
  });

const locked = (until: Date, now: Date) => {
  // Rounded, not ceiled: the lock is set by the database a few milliseconds after `now`.
  const minutes = Math.max(1, Math.round((until.getTime() - now.getTime()) / 60_000));
  return new AppError("locked", {
    vi: `Tài khoản tạm khoá do nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    en: `The account is locked after too many failed attempts. Try again in ${minutes} minutes.`,
  });
};

/**
 * Staff sign-in: password (argon2id) and a TOTP code, 5 failures lock the account for 15 minutes, a
 * TOTP code is accepted once. Returns a new session token for the cookie and the staff profile.
 */
export async function signInStaff(
  context: RouteContext,
  input: StaffSignIn,
  now = new Date(),
): Promise<{ token: string; staff: StaffProfile }> {
  const credentials = await findStaffCredentials(context.db, input.identifier);
  const passwordOk = await verifyPassword(credentials?.passwordHash, input.password);
  if (!credentials) throw wrongCredentials();
  if (credentials.lockedUntil && credentials.lockedUntil > now) throw locked(credentials.lockedUntil, now);

  const secret = credentials.totpSecretCipher
    ? context.cipher.decrypt(Buffer.from(credentials.totpSecretCipher, "base64"))
    : null;
  const step = passwordOk && secret ? verifyTotp(secret, input.code, now.getTime(), null) : null;
  if (step === null || !(await recordStaffLogin(context.db, credentials.id, step))) {
    const after = await recordFailedStaffLogin(context.db, credentials.id, LOCK_AFTER_FAILURES, LOCK_MINUTES);
    if (after?.lockedUntil && after.lockedUntil > now) throw locked(after.lockedUntil, now);
    throw wrongCredentials();
  }

  const { token, hash } = newSessionToken();
  await insertSession(context.db, {
    tokenHash: hash,
    kind: "staff",
    staffId: credentials.id,
    lifetimeMinutes: STAFF_SESSION_MINUTES,
  });
  const staff = await findStaffProfile(context.db, credentials.id);
  if (!staff) throw wrongCredentials();
  return { token, staff };
}
