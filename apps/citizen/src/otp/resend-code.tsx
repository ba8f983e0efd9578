import { Button, useLocale } from "@ansinh/ui";
import { useState } from "react";
import { type ApiReply, numberIn, stringIn } from "../account/api-reply";
import { useT } from "../i18n/messages";
import { useCountdown } from "./use-countdown";

/** What the server says about a code it has just sent (POST /api/auth/otp, or the request that began it). */
export interface SentCode {
  phoneMasked: string;
  expiresInSeconds: number;
  resendInSeconds: number;
  /** Date.now() when the answer came: the countdowns run from it. */
  sentAt: number;
  /** Counts the codes sent on this page; a new one restarts the WebOTP listener. */
  attempt: number;
}

/** The SentCode in a 200/202 body, or null when the body does not say where the code went. */
export function readSentCode(body: unknown, attempt: number): SentCode | null {
  const phoneMasked = stringIn(body, "phoneMasked");
  if (!phoneMasked) return null;
  return {
    phoneMasked,
    expiresInSeconds: numberIn(body, "expiresInSeconds") ?? 300,
    resendInSeconds: numberIn(body, "resendInSeconds") ?? 60,
    sentAt: Date.now(),
    attempt,
  };
}

/**
 * "Send a new code", usable once the server allows it (a countdown from `resendInSeconds`). What the
 * server answers (sent again, or why not yet: too early, too many today) is announced in a live region.
 */
export function ResendCode({
  sent,
  resend,
  onResent,
}: {
  sent: SentCode;
  resend: () => Promise<ApiReply>;
  onResent: (sent: SentCode) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const remaining = useCountdown(sent.resendInSeconds, sent.sentAt);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ApiReply | null>(null);

  async function onResend(): Promise<void> {
    if (pending || remaining > 0) return;
    setPending(true);
    setOutcome(null);
    try {
      const reply = await resend();
      setOutcome(reply);
      const next = reply.kind === "answer" && reply.ok ? readSentCode(reply.body, sent.attempt + 1) : null;
      if (next) onResent(next);
    } finally {
      setPending(false);
    }
  }

  const refused = outcome?.kind === "answer" && !outcome.ok ? outcome.message : null;
  const said =
    outcome === null
      ? null
      : outcome.kind === "unavailable"
        ? t("otp.resendUnavailable")
        : outcome.ok
          ? t("otp.resent").replace("{phone}", sent.phoneMasked)
          : refused && (typeof refused === "string" ? refused : refused[locale]);

  return (
    <section aria-labelledby="resend-heading" className="mt-8 rounded-md bg-white p-4">
      <h2 id="resend-heading" className="text-xl font-bold">
        {t("otp.notReceived")}
      </h2>
      <p className="mt-2 text-lg">{t("otp.notReceivedText")}</p>
      <div role="status" className="empty:hidden">
        {said && (
          <p
            className={`mt-3 border-l-4 p-2 text-lg ${outcome?.kind === "answer" && outcome.ok ? "border-success" : "border-error"}`}
          >
            {said}
          </p>
        )}
      </div>
      <Button
        variant="secondary"
        className="mt-4 w-full"
        disabled={pending || remaining > 0}
        onClick={() => void onResend()}
      >
        {pending
          ? t("otp.resending")
          : remaining > 0
            ? t("otp.resendIn").replace("{seconds}", String(remaining))
            : t("otp.resend")}
      </Button>
    </section>
  );
}
