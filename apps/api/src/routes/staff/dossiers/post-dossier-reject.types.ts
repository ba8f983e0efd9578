import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

const NOTE_MAX = 500;

export const rejectDossierBody = z
  .object({
    reason: z.enum(
      ["blurry_photo", "data_mismatch", "wrong_office", "other"],
      bilingual(
        "Chọn lý do: ảnh không rõ, thông tin không khớp, sai cơ quan hoặc lý do khác",
        "Choose a reason: blurry photo, data do not match, wrong office or other",
      ),
    ),
    /** Shown in the history; for "other" it is the reason the citizen reads in the SMS. */
    note: z
      .string()
      .normalize("NFC")
      .trim()
      .max(NOTE_MAX, bilingual("Ghi chú tối đa 500 ký tự", "The note can be at most 500 characters"))
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.reason === "other" && !body.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: bilingual(
          "Nhập lý do từ chối khi chọn “Lý do khác”",
          "Write the reason when you choose “Other”",
        ),
      });
    }
  });
