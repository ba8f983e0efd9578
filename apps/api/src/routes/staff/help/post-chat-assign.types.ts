import { z } from "zod";
import { bilingual } from "../../service-requests/request-shapes.types";

export const assignBody = z
  .object({
    staffId: z
      .uuid(bilingual("Mã cán bộ không hợp lệ", "The staff id is not valid"))
      .nullable()
      .describe("A support agent or admin of the office, or null to leave it unassigned"),
  })
  .strict();
