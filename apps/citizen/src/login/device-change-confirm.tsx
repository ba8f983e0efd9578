import { Button, LoginReplyNotice, useLocale } from "@ansinh/ui";
import { useState } from "react";
import { type ApiReply, postJson } from "../account/api-reply";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { readSentCode, type SentCode } from "../otp/resend-code";

/**
 * The account is in use on another phone. Before anything is sent, the person learns what continuing
 * means (that phone is signed out and can no longer use the account) and where the code will go.
 */
export function DeviceChangeConfirm({
  ticket,
  phoneMasked,
  onCodeSent,
  onCancel,
}: {
  ticket: string;
  phoneMasked: string;
  onCodeSent: (sent: SentCode) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [pending, setPending] = useState(false);
  const [reply, setReply] = useState<ApiReply | null>(null);

  async function onContinue(): Promise<void> {
    if (pending) return;
    setPending(true);
    setReply(null);
    try {
      const answer = await postJson("/api/auth/otp", { ticket }, locale);
      const sent = answer.kind === "answer" && answer.ok ? readSentCode(answer.body, 0) : null;
      if (sent) onCodeSent(sent);
      else setReply(answer.kind === "answer" && answer.ok ? { kind: "unavailable" } : answer);
    } finally {
      setPending(false);
    }
  }

  return (
    <Page title={t("deviceChange.title")} lead={t("deviceChange.lead")}>
      <div className="mb-6 border-l-4 border-error bg-white p-4 text-lg">
        <p className="font-bold">{t("deviceChange.warning")}</p>
        <p className="mt-3">{t("deviceChange.smsNote").replace("{phone}", phoneMasked)}</p>
      </div>
      <p className="mb-6 text-lg">{t("deviceChange.notYou")}</p>
      <LoginReplyNotice reply={reply} />
      <Button className="w-full" onClick={() => void onContinue()}>
        {pending ? t("deviceChange.continuing") : t("deviceChange.continue")}
      </Button>
      <Button variant="secondary" className="mt-4 w-full" onClick={onCancel}>
        {t("deviceChange.cancel")}
      </Button>
    </Page>
  );
}
