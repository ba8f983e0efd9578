import type { OutboxHandlers } from "../outbox/start-outbox-worker";
import { SMS_TOPIC, smsPayloadSchema } from "./sms-message";
import type { SmsProvider } from "./sms-provider";

/** The outbox topics that end in an SMS, delivered through the given provider. */
export function smsHandlers(provider: SmsProvider): OutboxHandlers {
  return {
    [SMS_TOPIC]: async (payload) => {
      const { to, text } = smsPayloadSchema.parse(payload);
      await provider.send(to, text);
    },
  };
}
