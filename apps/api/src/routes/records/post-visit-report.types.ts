import { z } from "zod";
import { bilingual, plainText } from "./record-shapes.types";

export const visitReportParams = z.object({
  visitId: z.uuid(bilingual("Mã lần khám không hợp lệ", "The visit id is not valid")),
});

export const visitReportBody = z
  .object({
    // Typed in a text box over several lines; control characters are refused before they reach the
    // database, which cannot store NUL.
    note: plainText(
      { vi: "Ghi chú", en: "The note" },
      { multiLine: true, notText: bilingual("Ghi chú phải là văn bản", "The note must be text") },
    )
      .max(500, bilingual("Ghi chú tối đa 500 ký tự", "The note can have at most 500 characters"))
      .optional(),
  })
  .nullish();

export const visitReportResponse = z.object({
  reference: z.string().describe("Số phản ánh, to quote to the call centre"),
});
