import { z } from "zod";
import { answersInput } from "./post-service-request.types";
import { bilingual } from "./request-shapes.types";

const MESSAGE_MAX = 1000;

export const replyBody = z
  .object({
    message: z
      .string(bilingual("Vui lòng nhập nội dung trả lời", "Please write your reply"))
      .normalize("NFC")
      .trim()
      .min(1, bilingual("Vui lòng nhập nội dung trả lời", "Please write your reply"))
      .max(
        MESSAGE_MAX,
        bilingual("Nội dung trả lời tối đa 1000 ký tự", "The reply can be at most 1000 characters"),
      ),
    answers: answersInput.optional(),
  })
  .strict();
