import {
  bindFirstDevice,
  type CitizenProfile,
  consumeDeviceNonce,
  findActiveDevice,
  findCitizenCredentials,
  findCitizenProfile,
  recordCitizenLogin,
  recordFailedLogin,
  uuidv7,
} from "@ansinh/db";
import { maskMobile } from "@ansinh/domain";
import {
  type DevicePublicKey,
  deviceThumbprint,
  hashDeviceNonce,
  verifyDeviceProof,
} from "../../auth/device-proof";
import { LOCK_AFTER_FAILURES, LOCK_MINUTES, lockedError } from "../../auth/login-lockout";
import { openOtpChallenge, registeredMobile } from "../../auth/one-time-codes";
import { verifyPassword } from "../../auth/passwords";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { openCitizenSession } from "./open-citizen-session";

// One message whatever was wrong: it must not tell whether the number has an account.
const wrongCredentials = () =>
  new AppError("unauthenticated", {
    vi: "Mã số BHXH/số CCCD hoặc mật khẩu không đúng.",
    en: "The social insurance number/ID number or the password is not correct.",
  });

const deviceNotProven = () => {
  const detail = {
    vi: "Không xác minh được thiết bị này. Vui lòng tải lại trang và đăng nhập lại.",
    en: "This device could not be verified. Please reload the page and sign in again.",
  };
  return new AppError("validation", detail, [{ field: "body.device", code: "device.proof", ...detail }]);
};

const noPhoneOnFile = () =>
  new AppError("conflict", {
    vi: "Tài khoản đang dùng trên thiết bị khác nhưng chưa có số điện thoại di động hợp lệ để nhận mã OTP. Vui lòng liên hệ cơ quan BHXH hoặc gọi 1900 9068.",
    en: "The account is in use on another device but has no valid registered mobile number to receive a code. Please contact your social insurance office or call 1900 9068.",
  });

/** The device proof the app sends with a sign-in (see device-proof.ts). */
interface DeviceProof {
  publicKey: DevicePublicKey;
  nonce: string;
  signature: string;
  label: string;
}

/** What a new phone's key waits in the OTP challenge as, until the code binds it. */
export interface PendingDevice {
  publicKey: DevicePublicKey;
  thumbprint: string;
  label: string;
}

type CitizenSignIn =
  | { kind: "signedIn"; token: string; citizen: CitizenProfile }
  | { kind: "deviceChange"; ticket: string; phoneMasked: string };

/**
 * Citizen sign-in with the BHXH number (10 digits) or the ID number (12-digit CCCD, 9-digit CMND) and
 * the password; 5 failures lock the account for 15 minutes. With device binding on, the app also
 * proves it holds its device key: the first phone is bound on the spot, the bound phone signs in, and
 * another phone gets a ticket for the OTP that will move the account to it (confirm-device-change.ts).
 */
export async function signInCitizen(
  context: RouteContext,
  input: { identifier: string; password: string; device?: DeviceProof | undefined },
  now = new Date(),
): Promise<CitizenSignIn> {
  const binding = context.accounts.deviceBinding;
  const device = input.device;
  if (binding) {
    if (!device) throw deviceNotProven();
    // The nonce is used up even when the rest fails: a proof is good for one attempt only.
    const fresh = await consumeDeviceNonce(context.db, hashDeviceNonce(device.nonce));
    if (!fresh || !verifyDeviceProof(device.publicKey, device.nonce, device.signature))
      throw deviceNotProven();
  }

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
  const personId = credentials.personId;

  let deviceId: string | null = null;
  if (binding && device) {
    const thumbprint = deviceThumbprint(device.publicKey);
    // The first phone to sign in becomes the account's phone; nothing else is signed out by it.
    const bound =
      (await findActiveDevice(context.db, personId)) ??
      (await bindFirstDevice(context.db, {
        id: uuidv7(),
        personId,
        thumbprint,
        publicKey: device.publicKey,
        label: device.label,
      })) ??
      (await findActiveDevice(context.db, personId));
    if (bound && bound.thumbprint !== thumbprint) {
      const phone = registeredMobile(credentials.phone);
      if (!phone) throw noPhoneOnFile();
      const pending: PendingDevice = { publicKey: device.publicKey, thumbprint, label: device.label };
      const ticket = await openOtpChallenge(context.db, {
        purpose: "device_change",
        personId,
        phone,
        payload: pending,
      });
      return { kind: "deviceChange", ticket, phoneMasked: maskMobile(phone) };
    }
    deviceId = bound?.id ?? null;
  }
  const token = await openCitizenSession(context.db, personId, deviceId);
  const citizen = await findCitizenProfile(context.db, personId);
  if (!citizen) throw wrongCredentials();
  return { kind: "signedIn", token, citizen };
}
