import {
  Button,
  ChatComposer,
  ChatThread,
  LiveUpdatesNotice,
  type OutgoingMessage,
  outgoingMessage,
  preparePhoto,
  threadMessages,
  useEventStream,
  useLocale,
  useSendOnce,
} from "@ansinh/ui";
import { useEffect, useRef, useState } from "react";
import { ApiState } from "../services/api-state";
import { newKey } from "../services/form-store";
import { type Said, textOf } from "../services/refusal";
import { formatMoment } from "../services/service-frame";
import { useApiData } from "../services/use-api-data";
import {
  type ChatState,
  type Conversation,
  closeChat,
  helpApi,
  markChatRead,
  readChat,
  readConversation,
  sendChatMessage,
} from "./help-api";
import { HelpFrame } from "./help-frame";
import { fill, useHelpT } from "./i18n/messages";
import { helpText, refusalNotice } from "./said";

/**
 * "/tro-giup/tro-chuyen": the person's conversation with their office. New messages arrive through the
 * stream (each `chat` event, and each reconnection, reads the conversation again); the staff's
 * messages are marked read while the page is in view.
 */
export function ChatPage() {
  const t = useHelpT();
  const chat = useApiData(helpApi.chat, readChat);
  const { paused } = useEventStream(
    chat.state.kind === "ready" ? helpApi.chatStream : null,
    "chat",
    chat.reload,
  );
  return (
    <HelpFrame title={t("chat.title")} lead={t("chat.lead")}>
      <ApiState data={chat.state} pending={chat.pending} reload={chat.reload} signedOut={t("hp.signedOut")}>
        {(data) => <ChatBody chat={data} reload={chat.reload} pending={chat.pending} paused={paused} />}
      </ApiState>
    </HelpFrame>
  );
}

function ChatBody({
  chat,
  reload,
  pending,
  paused,
}: {
  chat: ChatState;
  reload: () => void;
  pending: boolean;
  paused: boolean;
}) {
  const t = useHelpT();
  const { locale } = useLocale();
  const [text, setText] = useState("");
  // What sending, reading or closing answered, shown until the next read of the conversation.
  const [answered, setAnswered] = useState<Conversation | null>(null);
  const [sendError, setSendError] = useState<Said | null>(null);
  const [closeError, setCloseError] = useState(false);
  const [closedNow, setClosedNow] = useState(false);
  const closing = useSendOnce();
  // The message being sent, with its key: a retry after a lost answer posts it once.
  const outgoing = useRef<OutgoingMessage | null>(null);
  const markedRead = useRef<string | null>(null);

  useEffect(() => {
    if (chat) setAnswered(null);
  }, [chat]);

  const conversation = answered ?? chat.conversation;
  const open = conversation?.status === "open";

  // Staff messages count as read once the page shows them: now, or when the person comes back to it.
  // A conversation closed after the last answer too, or its unread count would stay on the hub.
  useEffect(() => {
    if (!conversation || conversation.unread === 0) return;
    const seen = `${conversation.id}:${conversation.messages.at(-1)?.id ?? ""}`;
    const markRead = () => {
      if (document.visibilityState !== "visible" || markedRead.current === seen) return;
      markedRead.current = seen;
      void markChatRead(locale).then((reply) => {
        const read = reply.kind === "answer" && reply.ok ? readConversation(reply.body) : null;
        if (read) setAnswered(read);
      });
    };
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [conversation, locale]);

  async function send(input: { body: string; image: File | null }): Promise<void> {
    setSendError(null);
    outgoing.current = outgoingMessage(outgoing.current, input, newKey);
    const { clientKey, body, image } = outgoing.current;
    let picture: Blob | null = null;
    if (image) {
      const prepared = await preparePhoto(image);
      if (!prepared.ok) {
        setSendError(helpText(`photo.${prepared.problem}`));
        throw new Error(prepared.problem);
      }
      picture = prepared.blob;
    }
    const reply = await sendChatMessage({ clientKey, body, image: picture }, locale);
    const sent = reply.kind === "answer" && reply.ok ? readConversation(reply.body) : null;
    if (!sent) {
      setSendError(refusalNotice(reply, "chat.sendFailed"));
      throw new Error("not sent");
    }
    outgoing.current = null;
    setClosedNow(false);
    setAnswered(sent);
  }

  async function close(): Promise<void> {
    await closing.sendOnce(async () => {
      const reply = await closeChat(locale);
      const closed = reply.kind === "answer" && reply.ok ? readConversation(reply.body) : null;
      setCloseError(closed === null);
      if (closed) {
        setAnswered(closed);
        setClosedNow(true);
      } else reload();
    });
  }

  const messages = threadMessages(conversation?.messages ?? [], "citizen", (message) =>
    message.author === "citizen"
      ? t("chat.you")
      : message.staffName
        ? fill(t("chat.staff"), { name: message.staffName })
        : t("chat.staffUnnamed"),
  );

  return (
    <>
      {conversation && (
        <div className="mb-4">
          <p className="text-lg font-bold">{fill(t("chat.number"), { number: conversation.number })}</p>
          {open && conversation.agentName && (
            <p className="text-muted">{fill(t("chat.agent"), { name: conversation.agentName })}</p>
          )}
        </div>
      )}
      <div role="status" className="empty:hidden">
        {/* Once an officer has answered, "nobody online" is no longer news. */}
        {open && conversation.ticket && !conversation.messages.some((m) => m.author === "staff") && (
          <p className="mb-4 border-l-4 border-brand bg-white p-4 text-lg">
            {fill(t("chat.ticket"), { number: conversation.number })}
          </p>
        )}
        {closedNow && (
          <p className="mb-4 border-l-4 border-success bg-white p-4 text-lg font-bold">
            {t("chat.closedNow")}
          </p>
        )}
      </div>
      {conversation?.status === "closed" && !closedNow && (
        <p className="mb-4 border-l-4 border-line bg-white p-4 text-lg">
          {fill(t("chat.closed"), {
            number: conversation.number,
            time: conversation.closedAt ? formatMoment(conversation.closedAt) : "",
          })}
        </p>
      )}
      {!open && (
        <p className="mb-4 border-l-4 border-brand bg-white p-4 text-lg">
          {chat.staffOnline ? t("chat.online") : t("chat.offline")}
        </p>
      )}

      <ChatThread
        messages={messages}
        label={t("chat.log")}
        emptyText={t("chat.empty")}
        imageAlt={t("chat.imageAlt")}
        formatTime={formatMoment}
      />
      <LiveUpdatesNotice paused={paused} />
      {!paused && <p className="mt-2 text-muted">{t("chat.live")}</p>}

      <div role="alert" className="empty:hidden">
        {sendError !== null && (
          <p className="mt-4 text-lg font-bold text-error">{textOf(sendError, locale)}</p>
        )}
      </div>
      <ChatComposer
        value={text}
        onValueChange={(value) => {
          setText(value);
          setSendError(null);
        }}
        onSend={send}
        labels={{
          message: t("chat.message"),
          image: t("chat.image"),
          send: t("chat.send"),
          sending: t("chat.sending"),
        }}
      />

      <div className="mt-8 flex flex-col gap-3">
        <div role="alert" className="empty:hidden">
          {closeError && <p className="text-lg font-bold text-error">{t("chat.closeFailed")}</p>}
        </div>
        {open && (
          <Button variant="secondary" onClick={() => void close()} disabled={closing.sending}>
            {closing.sending ? t("chat.closing") : t("chat.close")}
          </Button>
        )}
        <Button variant="secondary" onClick={reload} disabled={pending}>
          {t("chat.reload")}
        </Button>
      </div>
    </>
  );
}
