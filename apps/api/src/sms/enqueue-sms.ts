import { enqueue, type SqlRunner } from "@ansinh/db";
import { SMS_TOPIC, type SmsPayload } from "./sms-message";
import { toSmsText } from "./to-sms-text";

/**
 * How a use-case sends an SMS: inside its own transaction, so the message goes out only if the change
 * commits. The text is made SMS-safe here, so a bad template fails the request that uses it instead of
 * failing eight delivery attempts later. Returns null when `dedupeKey` was already enqueued.
 */
export function enqueueSms(tx: SqlRunner, sms: SmsPayload & { dedupeKey?: string }): Promise<string | null> {
  const { to, text, dedupeKey } = sms;
  return enqueue(tx, { topic: SMS_TOPIC, payload: { to, text: toSmsText(text) }, dedupeKey });
}
