import { helpTextLimits } from "@ansinh/domain";
import { z } from "zod";
import { bilingual } from "../../service-requests/request-shapes.types";

const REPLY_MAX = helpTextLimits.petitionReply;

export const petitionAnswerBody = z
  .object({
    reply: z
      .string(bilingual("Vui lòng nhập câu trả lời", "Please write the answer"))
      .normalize("NFC")
      .trim()
      .min(1, bilingual("Vui lòng nhập câu trả lời", "Please write the answer"))
      .max(
        REPLY_MAX,
        bilingual(
          `Câu trả lời dài tối đa ${REPLY_MAX} ký tự`,
          `The answer may be at most ${REPLY_MAX} characters long`,
        ),
      ),
  })
  .strict();
