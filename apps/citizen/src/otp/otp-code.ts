/** The codes sent by SMS have 6 digits. */
const codePattern = /^\d{6}$/;

type OtpCodeErrorKey = "otp.code.required" | "otp.code.format";

/** People may type the code with spaces ("123 456") or paste it with the dash some messages show. */
export function normaliseOtpCode(raw: string): string {
  return raw.replace(/[\s.-]/g, "");
}

export function validateOtpCode(raw: string): OtpCodeErrorKey | undefined {
  const code = normaliseOtpCode(raw);
  if (code === "") return "otp.code.required";
  if (!codePattern.test(code)) return "otp.code.format";
  return undefined;
}
