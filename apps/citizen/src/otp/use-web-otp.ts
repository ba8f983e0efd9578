import { useEffect, useRef } from "react";

interface OtpCredentialLike {
  code?: string;
}

/**
 * Where the browser offers WebOTP (Chrome on Android), reads the code from the SMS as it arrives, after
 * one tap of consent, and hands it over. `attempt` changes when a new code is sent, to listen again.
 * The request is aborted when the page moves on, so nothing waits for an SMS nobody needs.
 */
export function useWebOtp(onCode: (code: string) => void, attempt: number): void {
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    if (attempt < 0 || typeof window === "undefined" || !("OTPCredential" in window)) return;
    const abort = new AbortController();
    const options = { otp: { transport: ["sms"] }, signal: abort.signal } as CredentialRequestOptions;
    navigator.credentials
      .get(options)
      .then((credential) => {
        const code = (credential as OtpCredentialLike | null)?.code;
        if (code && !abort.signal.aborted) latest.current(code);
      })
      // Aborted, refused, or timed out: the person types the code.
      .catch(() => undefined);
    return () => abort.abort();
  }, [attempt]);
}
