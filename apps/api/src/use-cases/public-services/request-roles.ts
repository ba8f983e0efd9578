import type { StaffRole } from "@ansinh/domain";

/**
 * Who may do what with public-service requests: reviewers and admins work them; support agents read
 * them to answer the citizen who calls; data officers keep reference data and see none. Every rule is
 * also limited to the staff member's own office.
 */
export const REQUEST_READERS: readonly StaffRole[] = ["reviewer", "support", "admin"];
export const REQUEST_HANDLERS: readonly StaffRole[] = ["reviewer", "admin"];
