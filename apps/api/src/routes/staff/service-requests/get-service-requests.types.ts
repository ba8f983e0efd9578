import type { Colleague } from "@ansinh/db";
import { z } from "zod";
import type { OfficeQueueEntry } from "../../../use-cases/public-services/list-office-requests";
import { bilingual, localText, requestStatus } from "../../service-requests/request-shapes.types";
import { pageQuery } from "../page-query.types";
import { colleague } from "./get-service-request.types";

export const queueQuery = z.object({
  status: z
    .enum(
      ["submitted", "received", "processing", "needs_info", "completed", "rejected"],
      bilingual("Trạng thái hồ sơ không hợp lệ", "The request status is not valid"),
    )
    .optional(),
  service: z
    .string()
    .max(64, bilingual("Mã dịch vụ không hợp lệ", "The service code is not valid"))
    .optional(),
  assigned: z
    .enum(["me", "none", "any"], bilingual("Chọn me, none hoặc any", "Choose me, none or any"))
    .default("any"),
  overdue: z
    .enum(["true", "false"], bilingual("Chỉ nhận true hoặc false", "Only true or false"))
    .transform((v) => v === "true")
    .optional(),
  ...pageQuery.shape,
});

const queueItem = z.object({
  id: z.uuid(),
  number: z.string(),
  serviceCode: z.string(),
  serviceName: localText,
  status: requestStatus,
  /** "Nguyễn V** A*": the full name is shown only when the request is opened (and logged). */
  maskedName: z.string(),
  submittedAt: z.iso.datetime(),
  dueOn: z.iso.date(),
  overdue: z.boolean(),
  workingDaysLeft: z.number().int().describe("Working days to the deadline; negative when late"),
  assignedStaff: colleague.nullable(),
});

export const queueResponse = z.object({
  items: z.array(queueItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  assignees: z
    .array(colleague)
    .describe("The office's reviewers and admins: whom requests may be assigned to"),
});

export function presentQueue(
  queue: { items: OfficeQueueEntry[]; total: number; assignees: Colleague[] },
  page: number,
  pageSize: number,
): z.infer<typeof queueResponse> {
  return {
    items: queue.items.map((r) => ({
      id: r.id,
      number: r.number,
      serviceCode: r.serviceCode,
      serviceName: r.serviceName,
      status: r.status,
      maskedName: r.maskedName,
      submittedAt: r.submittedAt.toISOString(),
      dueOn: r.dueOn,
      overdue: r.overdue,
      workingDaysLeft: r.workingDaysLeft,
      assignedStaff: r.assignedStaff,
    })),
    total: queue.total,
    page,
    pageSize,
    assignees: queue.assignees,
  };
}
