import { useRef, useState } from "react";

/**
 * Sending one request at a time: `sendOnce` ignores a second call while the first is under way, since
 * a second tap can arrive before React has re-rendered the disabled button. `sending` is for the
 * button's words ("Đang gửi…").
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
