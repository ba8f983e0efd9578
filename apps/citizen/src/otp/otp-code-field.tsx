import { TextField } from "@ansinh/ui";
import { useT } from "../i18n/messages";
import { useWebOtp } from "./use-web-otp";

interface OtpCodeFieldProps {
  id: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Already worded: the browser's check, or the server's (e.g. how many tries are left). */
  error: string | undefined;
  /** Where the code was sent, as the server masks it ("09******21"). */
  phoneMasked: string;
  /** Counts the codes sent: each new one is listened for again (WebOTP). */
  attempt: number;
}

/**
 * The 6-digit code from the SMS. `one-time-code` lets iOS and Android keyboards offer the code from the
 * message; on Chrome for Android WebOTP fills it in after one tap. A text input (not a number input),
 * so a leading 0 stays and no spinner appears; `inputmode` brings up the digit keypad.
 */
export function OtpCodeField({ phoneMasked, attempt, ...field }: OtpCodeFieldProps) {
  const t = useT();
  useWebOtp(field.onValueChange, attempt);
  return (
    <TextField
      {...field}
      label={t("otp.code.label")}
      hint={t("otp.code.hint").replace("{phone}", phoneMasked)}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={9}
      spellCheck={false}
      narrow
    />
  );
}
