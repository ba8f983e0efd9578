import { z } from "zod";

/** The outbox topic of an SMS to send. */
export const SMS_TOPIC = "sms.send";

/** An outbox payload is parsed again when it is delivered: the row may be older than this code. */
export const smsPayloadSchema = z.object({ to: z.string().min(1), text: z.string().min(1) });

export type SmsPayload = z.infer<typeof smsPayloadSchema>;
