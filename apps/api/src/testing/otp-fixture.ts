import type { Db } from "@ansinh/db";

/** The text of the last SMS put in the outbox for a phone number, if any. */
export async function lastSmsTo(t: { db: Db }, phone: string): Promise<string | undefined> {
  const [row] = await t.db.query<{ text: string }>(
    `SELECT payload->>'text' AS text FROM outbox
     WHERE topic = 'sms.send' AND payload->>'to' = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [phone],
  );
  return row?.text;
}

/** The code of an OTP SMS, read from its WebOTP line `@host #code`. */
export function otpOf(text: string | undefined): string {
  const code = /#(\d{6})$/.exec(text ?? "")?.[1];
  if (!code) throw new Error(`not an OTP SMS: ${text}`);
  return code;
}

/** Moves an OTP challenge's clocks back, as if `seconds` had passed since the code was sent. */
export async function ageOtpChallenges(t: { db: Db }, seconds: number) {
  await t.db.query(
    `UPDATE otp_challenge SET sent_at = sent_at - make_interval(secs => $1),
            code_expires_at = code_expires_at - make_interval(secs => $1)`,
    [seconds],
  );
}
