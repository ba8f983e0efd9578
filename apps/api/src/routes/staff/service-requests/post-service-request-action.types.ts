import { z } from "zod";
import { staffActions } from "../../../use-cases/public-services/staff-actions";
import { bilingual, requestStatus } from "../../service-requests/request-shapes.types";

const NOTE_MAX = 1000;

const note = z
  .string()
  .normalize("NFC")
  .trim()
  .max(NOTE_MAX, bilingual("Ghi chú tối đa 1000 ký tự", "The note can be at most 1000 characters"))
  .optional();

export const assigneeId = z
  .uuid(bilingual("Cán bộ được giao không hợp lệ", "The assignee is not valid"))
  .optional();

export const actionBody = z
  .object({
    action: z.enum(
      staffActions,
      bilingual(
        "Thao tác phải là receive, start, complete, reject, request_info hoặc assign",
        "The action must be receive, start, complete, reject, request_info or assign",
      ),
    ),
    /** The reason of a rejection, the question of a request for information; otherwise optional. */
    note,
    /** For "assign": who handles the request (default: the caller). */
    assigneeId,
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.action === "reject" || body.action === "request_info") && !body.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message:
          body.action === "reject"
            ? bilingual(
                "Nhập lý do từ chối để người dân biết",
                "Write the reason for the rejection, for the citizen",
              )
            : bilingual("Nhập thông tin cần bổ sung", "Write what information is needed"),
      });
    }
  });

export const actedResponse = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  status: requestStatus,
  assignedStaffId: z.uuid().nullable(),
});
