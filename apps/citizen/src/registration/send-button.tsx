import { Button } from "@ansinh/ui";
import { useRef, useState } from "react";
import { useRegistrationT } from "./i18n/messages";

/**
 * Sending from a check page, one request at a time: `sendOnce` ignores a second call while the first
 * is under way, since a second tap can arrive before React has re-rendered the disabled button.
 */
export function useSendOnce(): { sending: boolean; sendOnce: (send: () => Promise<void>) => Promise<void> } {
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);

  async function sendOnce(send: () => Promise<void>): Promise<void> {
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending(true);
    try {
      await send();
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  return { sending, sendOnce };
}

/** "Gửi" at the foot of a check page; while sending it says so and is disabled (still announced). */
export function SendButton({ sending }: { sending: boolean }) {
  const t = useRegistrationT();
  return (
    <Button type="submit" className="w-full" disabled={sending} aria-disabled={sending}>
      {sending ? t("check.submitting") : t("check.submit")}
    </Button>
  );
}
