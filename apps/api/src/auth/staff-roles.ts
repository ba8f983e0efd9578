import type { StaffProfile } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import { AppError } from "../errors/app-error";

/**
 * Who may do what with account dossiers (issue 3). Reviewers and admins decide; support agents may
 * read a dossier to answer the citizen who calls about it; data officers keep reference data and do
 * not see dossiers at all. Every dossier rule is also limited to the staff member's own office.
 */
export const DOSSIER_READERS: readonly StaffRole[] = ["reviewer", "support", "admin"];
export const DOSSIER_DECIDERS: readonly StaffRole[] = ["reviewer", "admin"];

/** A 403 unless the staff member has one of the roles. */
export function requireRole(staff: StaffProfile, roles: readonly StaffRole[]): void {
  if (!roles.includes(staff.role)) {
    throw new AppError("forbidden", {
      vi: "Vai trò của bạn không được phép thực hiện thao tác này.",
      en: "Your role is not allowed to do this.",
    });
  }
}

/** Who answers citizens' chats and petitions (issue 6), for their own office only. */
export const HELP_AGENTS: readonly StaffRole[] = ["support", "admin"];
