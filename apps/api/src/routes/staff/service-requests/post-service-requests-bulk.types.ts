import { z } from "zod";
import { bilingual, localText } from "../../service-requests/request-shapes.types";
import { assigneeId } from "./post-service-request-action.types";

const BULK_MAX = 50;

export const bulkBody = z
  .object({
    ids: z
      .array(z.uuid(bilingual("Mã hồ sơ không hợp lệ", "The request id is not valid")))
      .min(1, bilingual("Chọn ít nhất một hồ sơ", "Choose at least one request"))
      .max(BULK_MAX, bilingual("Tối đa 50 hồ sơ mỗi lần", "At most 50 requests at a time")),
    action: z.enum(
      ["receive", "assign"],
      bilingual("Thao tác phải là receive hoặc assign", "The action must be receive or assign"),
    ),
    assigneeId,
  })
  .strict();

export const bulkResponse = z.object({
  done: z.array(z.uuid()),
  refused: z.array(z.object({ id: z.uuid(), reason: localText })),
});
