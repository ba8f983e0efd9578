import {
  findStaffCredentials,
  findStaffProfile,
  insertSession,
  recordFailedLogin,
  recordStaffLogin,
  type StaffProfile,
} from "@ansinh/db";
import { LOCK_AFTER_FAILURES, LOCK_MINUTES, lockedError } from "../../auth/login-lockout";
import { verifyPassword } from "../../auth/passwords";
import { newSessionToken } from "../../auth/session-token";
import { STAFF_SESSION_MINUTES } from "../../auth/staff-session";
import { verifyTotp } from "../../auth/totp";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";

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
  if (credentials.lockedUntil && credentials.lockedUntil > now)
    throw lockedError(credentials.lockedUntil, now);

  const secret = credentials.totpSecretCipher
    ? context.cipher.decrypt(Buffer.from(credentials.totpSecretCipher, "base64"))
    : null;
  const step = passwordOk && secret ? verifyTotp(secret, input.code, now.getTime(), null) : null;
  if (step === null || !(await recordStaffLogin(context.db, credentials.id, step))) {
    const after = await recordFailedLogin(
      context.db,
      "staff",
      credentials.id,
      LOCK_AFTER_FAILURES,
      LOCK_MINUTES,
    );
    if (after?.lockedUntil && after.lockedUntil > now) throw lockedError(after.lockedUntil, now);
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
