import { listManagedOffices, listOfficeStaff, type OfficeStaffMember, type StaffProfile } from "@ansinh/db";
import { requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { STAFF_ACCOUNT_MANAGERS } from "./create-staff-account";

/**
 * What an admin manages: the offices they may create accounts for (their own and its grassroots
 * offices) and the staff accounts of those offices.
 */
export async function listStaffAccounts(
  context: RouteContext,
  staff: StaffProfile,
): Promise<{ offices: { code: string; name: string }[]; staff: OfficeStaffMember[] }> {
  requireRole(staff, STAFF_ACCOUNT_MANAGERS);
  return {
    offices: await listManagedOffices(context.db, staff.officeCode),
    staff: await listOfficeStaff(context.db, staff.officeCode),
  };
}
