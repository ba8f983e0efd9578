import { z } from "zod";
import { bilingual, paymentView } from "../service-requests/request-shapes.types";

export const paymentBody = z.object({
  idempotencyKey: z
    .uuid(bilingual("Mã giao dịch không hợp lệ", "The payment key is not valid"))
    .describe("A uuid the app draws once per payment attempt: a retry with it gets the same payment"),
});

export const paymentResponse = z.object({
  payment: paymentView.describe(
    "failureReason: declined | abandoned | timed_out | amount_mismatch, when the payment did not go through",
  ),
  payUrl: z.string().describe("The gateway's page to send the browser to"),
});
