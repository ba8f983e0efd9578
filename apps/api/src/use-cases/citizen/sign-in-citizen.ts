import {
  type CitizenProfile,
  findCitizenCredentials,
  findCitizenProfile,
  insertSession,
  recordCitizenLogin,
  recordFailedLogin,
} from "@ansinh/db";
import { CITIZEN_SESSION } from "../../auth/citizen-session";
import { LOCK_AFTER_FAILURES, LOCK_MINUTES, lockedError } from "../../auth/login-lockout";
import { verifyPassword } from "../../auth/passwords";
import { newSessionToken } from "../../auth/session-token";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";

// One message whatever was wrong: it must not tell whether the number has an account.
const wrongCredentials = () =>
  new AppError("unauthenticated", {
    vi: "Mã số BHXH/số CCCD hoặc mật khẩu không đúng.",
    en: "The social insurance number/ID number or the password is not correct.",
  });

/**
 * Citizen sign-in with the BHXH number (10 digits) or the ID number (12-digit CCCD, 9-digit CMND) and
 * the password; 5 failures lock the account for 15 minutes. After a temporary password the profile
 * says mustChangePassword, and the app sends the person to choose a new one first.
 */
export async function signInCitizen(
  context: RouteContext,
  input: { identifier: string; password: string },
  now = new Date(),
): Promise<{ token: string; citizen: CitizenProfile }> {
  const identifier = input.identifier.replace(/\s/g, "");
  const by =
    identifier.length === 10
      ? { bhxhNumber: identifier }
      : { nationalIdIndex: context.cipher.blindIndex(identifier) };
  const credentials = await findCitizenCredentials(context.db, by);
  const passwordOk = await verifyPassword(credentials?.passwordHash, input.password);
  if (credentials?.status !== "active") throw wrongCredentials();
  if (credentials.lockedUntil && credentials.lockedUntil > now)
    throw lockedError(credentials.lockedUntil, now);
  if (!passwordOk) {
    const after = await recordFailedLogin(
      context.db,
      "citizen",
      credentials.personId,
      LOCK_AFTER_FAILURES,
      LOCK_MINUTES,
    );
    if (after?.lockedUntil && after.lockedUntil > now) throw lockedError(after.lockedUntil, now);
    throw wrongCredentials();
  }
  await recordCitizenLogin(context.db, credentials.personId);
  const { token, hash } = newSessionToken();
  await insertSession(context.db, {
    tokenHash: hash,
    kind: "citizen",
    personId: credentials.personId,
    lifetimeMinutes: CITIZEN_SESSION.lifetimeMinutes,
  });
  const citizen = await findCitizenProfile(context.db, credentials.personId);
  if (!citizen) throw wrongCredentials();
  return { token, citizen };
}
