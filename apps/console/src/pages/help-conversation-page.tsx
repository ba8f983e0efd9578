import { cannedReplies } from "@ansinh/domain";
import {
  Button,
  ChatComposer,
  ChatThread,
  LiveUpdatesNotice,
  type OutgoingMessage,
  outgoingMessage,
  SelectField,
  StatusTag,
  threadMessages,
  useLocale,
  useSendOnce,
} from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import type { ApiFailure, ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import {
  assignConversation,
  closeConversation,
  type HelpAgent,
  markConversationRead,
  type StaffConversation,
  sendStaffMessage,
} from "../help/help-api";
import { useOfficeStream } from "../help/help-stream";
import { fill, useHelpT } from "../help/i18n/messages";
import { Pair } from "../help/pair";
import { TicketTag } from "../help/status-tags";
import { Page } from "../layout/page";
import { paths } from "../paths";

export function HelpConversationPage({
  result,
  agents,
}: {
  result: ApiResult<StaffConversation>;
  agents: ApiResult<HelpAgent[]>;
}) {
  const t = useHelpT();
  // Holding the stream open keeps the agent online while they answer; only news of this chat
  // (or news that names none) is worth reading it again, since each opening is logged.
  const { paused } = useOfficeStream(result.ok ? result.data.id : null);

  // Another chat's link starts afresh: nothing typed or said about one chat carries over to the next.
  if (result.ok)
    return (
      <ConversationView key={result.data.id} conversation={result.data} agents={agents} paused={paused} />
    );
  if (result.kind === "not-found")
    return (
      <Page title={t("conversation.notFound.title")} lead={t("conversation.notFound.lead")}>
        <BackToInbox />
      </Page>
    );
  return (
    <Page title={t("inbox.title")}>
      <ApiFailureNotice failure={result} lead={t("conversation.failed")} />
      <BackToInbox />
    </Page>
  );
}

function BackToInbox() {
  const t = useHelpT();
  return (
    <p className="-mt-2 mb-6 text-lg">
      <Link to={paths.helpInbox}>{t("conversation.back")}</Link>
    </p>
  );
}

type Outcome = { kind: "done"; text: string } | { kind: "failed"; failure: ApiFailure; lead: string };

/**
 * One chat: who is asking (full name and BHXH number; the opening is logged by the server), the
 * thread, and the agent's tools: a composer, ready answers to start from, handing the chat to a
 * colleague, and ending it. Every answer of the server replaces what is shown; the live stream
 * brings the citizen's new messages, which are marked read while the page is in view.
 */
function ConversationView({
  conversation,
  agents,
  paused,
}: {
  conversation: StaffConversation;
  agents: ApiResult<HelpAgent[]>;
  paused: boolean;
}) {
  const t = useHelpT();
  const { locale } = useLocale();
  const [current, setCurrent] = useState(conversation);
  // A reload (the stream, another chat's link) is the newest word of the server.
  useEffect(() => setCurrent(conversation), [conversation]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) notice.current?.focus();
  }, [outcome]);

  useMarkRead(current, setCurrent);

  const open = current.status === "open";
  const messages = threadMessages(current.messages, "staff", (message) =>
    message.author === "staff"
      ? (message.staffName ?? t("author.staff"))
      : current.person.name || t("author.citizen"),
  );

  return (
    <Page title={fill(t("conversation.title"), { number: current.number })}>
      <BackToInbox />
      <LiveUpdatesNotice paused={paused} />
      <div ref={notice} tabIndex={-1} role="status" className="mb-6 empty:hidden">
        {outcome?.kind === "done" && (
          <p className="border-l-4 border-success bg-white p-4 text-lg font-bold">{outcome.text}</p>
        )}
        {outcome?.kind === "failed" && <ApiFailureNotice failure={outcome.failure} lead={outcome.lead} />}
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="chat-thread">
          <h2 id="chat-thread" className="mb-4 text-2xl font-bold">
            {t("thread.title")}
          </h2>
          <ChatThread
            messages={messages}
            label={t("thread.label")}
            emptyText={t("thread.empty")}
            imageAlt={t("thread.imageAlt")}
            formatTime={(iso) => formatDateTime(iso, locale)}
          />
          {open ? (
            <Reply conversation={current} onSent={setCurrent} />
          ) : (
            <p className="mt-4 rounded-md bg-white p-4 text-lg">
              {fill(t("conversation.closedAt"), { at: formatDateTime(current.closedAt, locale) })}
            </p>
          )}
        </section>

        <div className="flex flex-col gap-8">
          <section aria-labelledby="chat-person" className="rounded-md bg-white p-6">
            <h2 id="chat-person" className="mb-4 text-2xl font-bold">
              {t("conversation.details")}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr] lg:grid-cols-1">
              <Pair label={t("conversation.person")}>
                <span lang="vi">{current.person.name}</span>
              </Pair>
              <Pair label={t("conversation.bhxhNumber")}>{current.person.bhxhNumber ?? "—"}</Pair>
              <Pair label={t("conversation.status")}>
                <StatusTag tone={open ? "progress" : "neutral"}>
                  {t(`conversation.status.${current.status}`)}
                </StatusTag>
              </Pair>
              <Pair label={t("conversation.kind")}>
                <TicketTag ticket={current.ticket} />
              </Pair>
              <Pair label={t("conversation.createdAt")}>{formatDateTime(current.createdAt, locale)}</Pair>
              <Pair label={t("conversation.assigned")}>
                {current.assignedStaff ? (
                  <span lang="vi">{current.assignedStaff.fullName}</span>
                ) : (
                  t("assigned.none")
                )}
              </Pair>
            </dl>
          </section>
          {open && (
            <Assignment conversation={current} agents={agents} onDone={setCurrent} onOutcome={setOutcome} />
          )}
          {open && <CloseChat conversation={current} onDone={setCurrent} onOutcome={setOutcome} />}
        </div>
      </div>
    </Page>
  );
}

/**
 * Marks the citizen's messages read once the agent can see them: at once when the page is in view,
 * or when they come back to the tab. Each new unread message (from the stream) marks again.
 */
function useMarkRead(conversation: StaffConversation, onRead: (next: StaffConversation) => void): void {
  const latest = useRef(onRead);
  latest.current = onRead;
  const { id, staffUnread } = conversation;
  useEffect(() => {
    if (staffUnread === 0) return;
    let cancelled = false;
    const markRead = async () => {
      const result = await markConversationRead(id);
      if (!cancelled && result.ok) latest.current(result.data);
    };
    if (document.visibilityState === "visible") {
      void markRead();
      return () => {
        cancelled = true;
      };
    }
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      document.removeEventListener("visibilitychange", onVisible);
      void markRead();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [id, staffUnread]);
}

/** The composer, with a picker of ready answers that puts one into the text to be edited. */
function Reply({
  conversation,
  onSent,
}: {
  conversation: StaffConversation;
  onSent: (next: StaffConversation) => void;
}) {
  const t = useHelpT();
  const { locale } = useLocale();
  const [text, setText] = useState("");
  const [canned, setCanned] = useState("");
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const composer = useRef<HTMLDivElement>(null);
  // The reply being sent, with its key: a retry after a lost answer is not sent twice.
  const pending = useRef<OutgoingMessage | null>(null);

  function insertCanned(): void {
    const reply = cannedReplies.find((known) => known.code === canned);
    if (!reply) return;
    const words = reply.text[locale];
    setText((current) => (current.trim() === "" ? words : `${current.trimEnd()}\n${words}`));
    composer.current?.querySelector("textarea")?.focus();
  }

  async function send(input: { body: string; image: File | null }): Promise<void> {
    pending.current = outgoingMessage(pending.current, input, () => crypto.randomUUID());
    const result = await sendStaffMessage(conversation.id, pending.current);
    if (!result.ok) {
      setFailure(result);
      // The composer keeps the words and picture when sending fails.
      throw new Error("not sent");
    }
    pending.current = null;
    setFailure(null);
    onSent(result.data);
  }

  return (
    <div className="mt-6 rounded-md bg-white p-6">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 grow">
          <SelectField id="canned-reply" label={t("canned.label")} value={canned} onValueChange={setCanned}>
            <option value="">{t("canned.choose")}</option>
            {cannedReplies.map((reply) => (
              <option key={reply.code} value={reply.code}>
                {reply.title[locale]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button variant="secondary" className="mb-6" onClick={insertCanned} disabled={canned === ""}>
          {t("canned.insert")}
        </Button>
      </div>
      {failure && (
        <div role="alert">
          <ApiFailureNotice failure={failure} lead={t("composer.failed")} />
        </div>
      )}
      <div ref={composer}>
        <ChatComposer
          value={text}
          onValueChange={setText}
          onSend={send}
          labels={{
            message: t("composer.message"),
            image: t("composer.image"),
            send: t("composer.send"),
            sending: t("composer.sending"),
          }}
        />
      </div>
    </div>
  );
}

/** Hands the chat to an agent of the office (who is online is shown), or to nobody. */
function Assignment({
  conversation,
  agents,
  onDone,
  onOutcome,
}: {
  conversation: StaffConversation;
  agents: ApiResult<HelpAgent[]>;
  onDone: (next: StaffConversation) => void;
  onOutcome: (outcome: Outcome) => void;
}) {
  const t = useHelpT();
  const { sending, sendOnce } = useSendOnce();
  const assignedId = conversation.assignedStaff?.id ?? "";
  const [choice, setChoice] = useState(assignedId);
  useEffect(() => setChoice(assignedId), [assignedId]);

  async function assign(): Promise<void> {
    await sendOnce(async () => {
      const result = await assignConversation(conversation.id, choice || null);
      if (!result.ok) {
        onOutcome({ kind: "failed", failure: result, lead: t("assign.failed") });
        return;
      }
      onDone(result.data);
      const name = result.data.assignedStaff?.fullName;
      onOutcome({ kind: "done", text: name ? fill(t("assign.done"), { name }) : t("assign.doneNone") });
    });
  }

  return (
    <section aria-labelledby="chat-assign" className="rounded-md bg-white p-6">
      <h2 id="chat-assign" className="mb-4 text-2xl font-bold">
        {t("assign.title")}
      </h2>
      {agents.ok ? (
        <>
          <SelectField id="chat-assignee" label={t("assign.label")} value={choice} onValueChange={setChoice}>
            <option value="">{t("assign.nobody")}</option>
            {agents.data.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {fill(t(agent.online ? "assign.agent.online" : "assign.agent.offline"), {
                  name: agent.name,
                })}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            onClick={() => void assign()}
            disabled={sending || choice === assignedId}
          >
            {sending ? t("action.sending") : t("assign.submit")}
          </Button>
        </>
      ) : (
        <ApiFailureNotice failure={agents} lead={t("assign.agentsFailed")} />
      )}
    </section>
  );
}

function CloseChat({
  conversation,
  onDone,
  onOutcome,
}: {
  conversation: StaffConversation;
  onDone: (next: StaffConversation) => void;
  onOutcome: (outcome: Outcome) => void;
}) {
  const t = useHelpT();
  const { sending, sendOnce } = useSendOnce();

  async function close(): Promise<void> {
    await sendOnce(async () => {
      const result = await closeConversation(conversation.id);
      if (!result.ok) {
        onOutcome({ kind: "failed", failure: result, lead: t("close.failed") });
        return;
      }
      onDone(result.data);
      onOutcome({ kind: "done", text: t("close.done") });
    });
  }

  return (
    <section aria-labelledby="chat-close" className="rounded-md bg-white p-6">
      <h2 id="chat-close" className="mb-2 text-2xl font-bold">
        {t("close.title")}
      </h2>
      <p className="mb-4 text-lg">{t("close.lead")}</p>
      <Button variant="secondary" onClick={() => void close()} disabled={sending}>
        {sending ? t("action.sending") : t("close.submit")}
      </Button>
    </section>
  );
}
