import { mobileSchema } from "@ansinh/domain";
import { z } from "zod";
import type { SmsLogPage } from "../../../sms/sms-log";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

const SMS_PAGE_MAX = 100;
const pageSize = bilingual("Số tin nhắn mỗi trang từ 1 đến 100", "Between 1 and 100 messages per page");

export const smsListQuery = z.object({
  limit: z.coerce.number(pageSize).int(pageSize).min(1, pageSize).max(SMS_PAGE_MAX, pageSize).default(20),
  /** The previous page's nextCursor: a byte position in the sandbox file, or an outbox id. */
  cursor: z
    .string()
    .regex(
      /^(\d{1,15}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
      bilingual(
        "Vị trí trang không hợp lệ, hãy mở lại trang đầu",
        "The page position is not valid, open the first page again",
      ),
    )
    .optional(),
  /** Only the SMS to this mobile number, written in any of the usual ways. */
  phone: mobileSchema.optional(),
});

const sandboxSms = z.object({
  to: z.string(),
  /** The text as the phone shows it; only the development sandbox has it. */
  text: z.string(),
  sentAt: z.string(),
});

const smsDelivery = z.object({
  id: z.uuid(),
  /** Masked: "096****777". */
  to: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});

const page = { limit: z.number().int(), nextCursor: z.string().nullable() };

export const smsListResponse = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("file"), items: z.array(sandboxSms), ...page }),
  z.object({ provider: z.literal("http"), items: z.array(smsDelivery), ...page }),
]);

export function presentSmsList(log: SmsLogPage, query: { limit: number }): z.infer<typeof smsListResponse> {
  if (log.provider === "file") return { ...log, limit: query.limit };
  return {
    provider: "http",
    items: log.items.map((sms) => ({
      id: sms.id,
      to: sms.to,
      status: sms.status,
      attempts: sms.attempts,
      lastError: sms.lastError,
      createdAt: sms.createdAt.toISOString(),
      deliveredAt: sms.deliveredAt?.toISOString() ?? null,
    })),
    nextCursor: log.nextCursor,
    limit: query.limit,
  };
}
