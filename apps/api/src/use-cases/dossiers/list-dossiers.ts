import { type DossierQueueItem, type DossierStatus, listOfficeDossiers, type StaffProfile } from "@ansinh/db";
import { DOSSIER_READERS, requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";

/**
 * The office's dossier queue: only dossiers routed to the caller's own office, pending ones oldest
 * first. Readers only (reviewer, support, admin).
 */
export async function listDossiers(
  context: RouteContext,
  staff: StaffProfile,
  query: { status: DossierStatus; limit: number; offset: number },
): Promise<{ items: DossierQueueItem[]; total: number }> {
  requireRole(staff, DOSSIER_READERS);
  return listOfficeDossiers(context.db, { officeCode: staff.officeCode, ...query });
}
