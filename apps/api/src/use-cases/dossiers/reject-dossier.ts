import { type DecidedDossier, decideDossier, type RejectReason, type StaffProfile } from "@ansinh/db";
import { DOSSIER_DECIDERS, requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { rejectionSms } from "./dossier-sms";
import { requirePending } from "./require-pending";

/**
 * Rejects a pending dossier with a reason from the list (and a note, required for "other", which
 * is then the reason the citizen reads): reviewers and admins of the dossier's own office only. The
 * decision, its event and the SMS saying why and how to send again are one transaction.
 */
export async function rejectDossier(
  context: RouteContext,
  staff: StaffProfile,
  input: { dossierId: string; reason: RejectReason; note: string | null },
): Promise<DecidedDossier> {
  requireRole(staff, DOSSIER_DECIDERS);
  await requirePending(context.db, input.dossierId, staff.officeCode);
  return context.db.transaction(async (tx) => {
    const decided = await decideDossier(tx, {
      id: input.dossierId,
      officeCode: staff.officeCode,
      staffId: staff.id,
      decision: { status: "rejected", reason: input.reason, note: input.note },
    });
    if (!decided) {
      await requirePending(tx, input.dossierId, staff.officeCode);
      throw new Error("A dossier that could not be decided is still pending");
    }
    await enqueueSms(tx, {
      to: decided.phone,
      text: rejectionSms({ number: decided.number, reason: input.reason, note: input.note }),
      dedupeKey: `dossier-rejected:${decided.id}`,
    });
    return decided;
  });
}
