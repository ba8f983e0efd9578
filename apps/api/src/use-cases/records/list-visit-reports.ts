import {
  listProvinceVisitReports,
  logStaffAccesses,
  type ProvinceVisitReport,
  type StaffProfile,
  type VisitReportStatus,
} from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import { requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { VISIT_REPORT_READ } from "./record-names";

/** Staff who follow up "Tôi không đi khám lần này" reports: reviewers, data officers and admins. */
const VISIT_REPORT_READERS: readonly StaffRole[] = ["reviewer", "data_officer", "admin"];

/**
 * A page of the visit reports of the persons of the staff member's office's province. Each report
 * shown is a read of its person's data and is written to their access log (one statement per page).
 */
export async function listVisitReports(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  query: { status: VisitReportStatus; limit: number; offset: number; requestId: string },
): Promise<{ items: ProvinceVisitReport[]; total: number }> {
  requireRole(staff, VISIT_REPORT_READERS);
  const page = await listProvinceVisitReports(context.db, {
    officeCode: staff.officeCode,
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  await logStaffAccesses(
    context.db,
    { staffId: staff.id, officeCode: staff.officeCode, requestId: query.requestId },
    page.items.map((report) => ({
      personId: report.personId,
      what: VISIT_REPORT_READ,
      why: `Xử lý phản ánh khám chữa bệnh số ${report.reference}`,
    })),
  );
  return page;
}
