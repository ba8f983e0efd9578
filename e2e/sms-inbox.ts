import { expect } from "@playwright/test";
import { smsLines } from "./sms-outbox";

/** "+84966555777" or "84966555777" → "0966555777": the number as the person knows it. */
export const toLocalMobile = (to: string) => to.replace(/^\+?84/, "0");

/** The texts of the SMS to this phone so far, oldest first. */
export async function smsTextsTo(phone: string): Promise<string[]> {
  return (await smsLines()).filter((sms) => toLocalMobile(sms.to) === phone).map((sms) => sms.text);
}

/**
 * Waits (10 s unless told) for the SMS to this phone whose text matches, as the outbox worker writes
 * it to the sandbox file, and returns the match.
 */
export async function awaitSms(phone: string, pattern: RegExp, timeout = 10_000): Promise<RegExpExecArray> {
  const latest: { match: RegExpExecArray | null } = { match: null };
  await expect
    .poll(
      async () => {
        const texts = await smsTextsTo(phone);
        latest.match = texts.map((text) => pattern.exec(text)).find((match) => match !== null) ?? null;
        return latest.match ? "received" : texts;
      },
      { timeout, intervals: [100, 200, 500], message: `an SMS to ${phone} matching ${pattern}` },
    )
    .toBe("received");
  if (!latest.match) throw new Error(`no SMS to ${phone} matching ${pattern}`);
  return latest.match;
}
