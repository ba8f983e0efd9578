import { schema } from "@ansinh/db";
import { z } from "zod";
import { SANDBOX_REFERENCE } from "../../payments/sandbox-provider";
import { bilingual } from "../service-requests/request-shapes.types";

export const sandboxPageParams = z.object({
  reference: z
    .string()
    .regex(SANDBOX_REFERENCE, bilingual("Mã giao dịch không hợp lệ", "The payment reference is not valid"))
    .describe("The sandbox payment reference: SB and 32 hex digits"),
});

export const callbackResponse = z.object({
  status: z.enum(schema.paymentStatuses),
  changed: z.boolean().describe("False when the payment had already ended: the callback changed nothing"),
});
