import {
  type CitizenProfile,
  findCitizenCredentials,
  findCitizenProfile,
  replaceDevice,
  revokePersonSessions,
  uuidv7,
} from "@ansinh/db";
import { formatVietnamTime } from "@ansinh/domain";
import { lockedError } from "../../auth/login-lockout";
import { consumeVerified, verifyOtp } from "../../auth/one-time-codes";
import { DEVICE_REPLACED } from "../../auth/session-cookie";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { openCitizenSession } from "./open-citizen-session";
import type { PendingDevice } from "./sign-in-citizen";

const raced = () =>
  new AppError("conflict", {
    vi: "Tài khoản vừa được chuyển sang một thiết bị khác. Vui lòng đăng nhập lại.",
    en: "The account was just moved to another device. Please sign in again.",
  });

const accountClosed = () =>
  new AppError("forbidden", {
    vi: "Tài khoản đã bị khoá hoặc đã đóng nên không thể chuyển sang thiết bị mới. Vui lòng liên hệ cơ quan BHXH hoặc gọi 1900 9068.",
    en: "The account is locked or closed, so it cannot be moved to a new device. Please contact your social insurance office or call 1900 9068.",
  });

/** The notice to the owner: if it was not them, they learn it at once on the phone they still hold. */
function newDeviceSms(bhxhNumber: string, at: Date): string {
  return (
    `BHXH Viet Nam: tai khoan ${bhxhNumber} vua dang nhap tren thiet bi moi luc ${formatVietnamTime(at)}; ` +
    "thiet bi cu da bi dang xuat. Neu khong phai ban, hay doi mat khau va goi 19009068."
  );
}

/**
 * The OTP from the registered phone moves the account to the new phone, if the account is still active
 * and not locked: in one transaction the old device is revoked, every session of the person ends (the
 * old phone is told why on its next request), the new device is bound with a fresh session, and the
 * owner gets an SMS.
 */
export async function confirmDeviceChange(
  context: RouteContext,
  input: { ticket: string; code: string },
  now = new Date(),
): Promise<{ token: string; citizen: CitizenProfile }> {
  const challenge = await verifyOtp(context, { ...input, purpose: "device_change" }, now);
  const pending = challenge.payload as PendingDevice;
  const { personId } = challenge;
  return context.db.transaction(async (tx) => {
    await consumeVerified(tx, challenge);
    // Checked again here, not only at sign-in: staff may have locked or closed the account, or wrong
    // passwords locked it, since the ticket was given out. A refusal rolls back and keeps the code.
    const citizen = await findCitizenProfile(tx, personId);
    const account = citizen && (await findCitizenCredentials(tx, { bhxhNumber: citizen.bhxhNumber }));
    if (!citizen || !account) throw raced();
    if (account.status !== "active") throw accountClosed();
    if (account.lockedUntil && account.lockedUntil > now) throw lockedError(account.lockedUntil, now);
    const device = await replaceDevice(
      tx,
      {
        id: uuidv7(),
        personId,
        thumbprint: pending.thumbprint,
        publicKey: pending.publicKey,
        label: pending.label,
      },
      "replaced",
    );
    if (!device) throw raced();
    await revokePersonSessions(tx, personId, DEVICE_REPLACED);
    if (challenge.phone) {
      await enqueueSms(tx, { to: challenge.phone, text: newDeviceSms(citizen.bhxhNumber, now) });
    }
    return { token: await openCitizenSession(tx, personId, device.id), citizen };
  });
}
