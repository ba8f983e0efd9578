import {
  type DecidedDossier,
  decideDossier,
  findDossierFamily,
  insertCitizenAccount,
  type SqlRunner,
  type StaffProfile,
} from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import { hashPassword } from "../../auth/passwords";
import { DOSSIER_DECIDERS, requireRole } from "../../auth/staff-roles";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { isOwnMinorChild } from "../household/own-minor-child";
import { approvalSms } from "./dossier-sms";
import { requirePending } from "./require-pending";
import { temporaryPassword } from "./temporary-password";

/**
 * Approves a pending dossier: reviewers and admins of the dossier's own office only. In one
 * transaction the dossier is approved, the event recorded, the person's account created with a
 * temporary password that must be changed at the first sign-in, and the SMS with the login and the
 * password put in the outbox. The password leaves the server only in that SMS.
 */
export async function approveDossier(
  context: RouteContext,
  staff: StaffProfile,
  input: { dossierId: string },
): Promise<DecidedDossier> {
  requireRole(staff, DOSSIER_DECIDERS);
  await requirePending(context.db, input.dossierId, staff.officeCode);
  const password = temporaryPassword();
  // Hashed before the transaction: argon2 takes tens of milliseconds, not to be spent holding a lock.
  const passwordHash = await hashPassword(password);
  return context.db.transaction(async (tx) => {
    const decided = await decideDossier(tx, {
      id: input.dossierId,
      officeCode: staff.officeCode,
      staffId: staff.id,
      decision: { status: "approved" },
    });
    // Another decision committed between the check above and this update.
    if (!decided) {
      await requirePending(tx, input.dossierId, staff.officeCode);
      throw new Error("A dossier that could not be decided is still pending");
    }
    if (decided.kind === "child") await requireStillOwnMinorChild(tx, decided);
    if (
      !(await insertCitizenAccount(tx, { personId: decided.personId, passwordHash, phone: decided.phone }))
    ) {
      throw new AppError("conflict", {
        vi: `Người được cấp tài khoản theo hồ sơ ${decided.number} đã có tài khoản; hồ sơ chưa được phê duyệt.`,
        en: `The person of dossier ${decided.number} already has an account; the dossier was not approved.`,
      });
    }
    await enqueueSms(tx, {
      to: decided.phone,
      text: approvalSms({ ...decided, password }),
      dedupeKey: `dossier-approved:${decided.id}`,
    });
    return decided;
  });
}

/**
 * A child's dossier may wait in the queue for days: on approval the child must still be under 18 and
 * still the filer's child in the household record, or the login would go to the phone of someone who
 * may no longer act for them. Refusing rolls the decision back; the reviewer rejects it instead.
 */
async function requireStillOwnMinorChild(tx: SqlRunner, decided: DecidedDossier) {
  const family = await findDossierFamily(tx, decided.id);
  const today = vietnamDate(new Date());
  if (family?.sameHousehold && isOwnMinorChild(family.filerRelation, family.child, today)) return;
  throw new AppError("conflict", {
    vi: `Hồ sơ ${decided.number}: người được đăng ký đã đủ 18 tuổi hoặc không còn là con của người nộp trong hộ gia đình; hồ sơ chưa được phê duyệt, vui lòng từ chối hồ sơ.`,
    en: `Dossier ${decided.number}: the person registered is now 18 or no longer the filer's child in the household record; the dossier was not approved, please reject it.`,
  });
}
