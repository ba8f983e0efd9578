import { isOfficeStaffOnline, type SqlRunner } from "@ansinh/db";
import { STAFF_ONLINE_SECONDS } from "@ansinh/domain";
import { HELP_AGENTS } from "../../../auth/staff-roles";

/** The moment before which a presence mark no longer counts as online. */
export const onlineSince = (now: Date) => new Date(now.getTime() - STAFF_ONLINE_SECONDS * 1000);

/** Whether someone who answers chats at the office has an inbox open now. */
export function isHelpDeskOnline(db: SqlRunner, officeCode: string, now: Date): Promise<boolean> {
  return isOfficeStaffOnline(db, officeCode, HELP_AGENTS, onlineSince(now));
}
