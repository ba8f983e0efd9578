import type { StaffProfile } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import { requireRole } from "../auth/staff-roles";
import type { RouteContext } from "../routes/route-context";
import type { SmsLogPage, SmsLogQuery } from "./sms-log";

/** Only admins read the SMS log: in the sandbox it holds every temporary password and one-time code. */
const SMS_LOG_READERS: readonly StaffRole[] = ["admin"];

/** The SMS sent so far, newest first, as the configured provider lets them be seen (see sms-log.ts). */
export async function listSentSms(
  context: RouteContext,
  staff: StaffProfile,
  query: SmsLogQuery,
): Promise<SmsLogPage> {
  requireRole(staff, SMS_LOG_READERS);
  return context.smsLog.page(query);
}
