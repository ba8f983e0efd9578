import { helpTextLimits } from "@ansinh/domain";
import { Button, TextAreaField, useLocale, useSendOnce } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import type { ApiFailure, ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import { answerPetition, type PetitionDetail, takePetition } from "../help/help-api";
import { fill, useHelpT } from "../help/i18n/messages";
import { Pair } from "../help/pair";
import { categoryLabel, PetitionStatusTag } from "../help/status-tags";
import { Page } from "../layout/page";
import { paths } from "../paths";

/** The longest answer the server takes, in characters after trimming. */
const replyMaxLength = helpTextLimits.petitionReply;

export function PetitionPage({ result }: { result: ApiResult<PetitionDetail> }) {
  const t = useHelpT();
  if (result.ok) return <PetitionView key={result.data.id} petition={result.data} />;
  if (result.kind === "not-found")
    return (
      <Page title={t("petition.notFound.title")} lead={t("petition.notFound.lead")}>
        <BackToPetitions />
      </Page>
    );
  return (
    <Page title={t("petitions.title")}>
      <ApiFailureNotice failure={result} lead={t("petition.failed")} />
      <BackToPetitions />
    </Page>
  );
}

function BackToPetitions() {
  const t = useHelpT();
  return (
    <p className="-mt-2 mb-6 text-lg">
      <Link to={paths.petitions}>{t("petition.back")}</Link>
    </p>
  );
}

type Outcome = { kind: "done"; text: string } | { kind: "failed"; failure: ApiFailure; lead: string };

/**
 * One petition: what the citizen wrote (and the photo they sent), who they are (the opening is
 * logged by the server), then "Nhận xử lý" while nobody has taken it, and the answer: a form until it
 * is answered, the answer itself afterwards. The citizen is told by SMS and in the app.
 */
function PetitionView({ petition }: { petition: PetitionDetail }) {
  const t = useHelpT();
  const { locale } = useLocale();
  const [current, setCurrent] = useState(petition);
  useEffect(() => setCurrent(petition), [petition]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const { sending, sendOnce } = useSendOnce();
  useEffect(() => {
    if (outcome) notice.current?.focus();
  }, [outcome]);

  async function take(): Promise<void> {
    await sendOnce(async () => {
      const result = await takePetition(current.id);
      if (result.ok) {
        setCurrent(result.data);
        setOutcome({ kind: "done", text: t("petition.take.done") });
      } else setOutcome({ kind: "failed", failure: result, lead: t("petition.take.failed") });
    });
  }

  return (
    <Page title={fill(t("petition.title"), { number: current.number })}>
      <BackToPetitions />
      <div ref={notice} tabIndex={-1} role="status" className="mb-6 empty:hidden">
        {outcome?.kind === "done" && (
          <p className="border-l-4 border-success bg-white p-4 text-lg font-bold">{outcome.text}</p>
        )}
        {outcome?.kind === "failed" && <ApiFailureNotice failure={outcome.failure} lead={outcome.lead} />}
      </div>

      <dl className="mb-8 grid gap-x-6 gap-y-2 rounded-md bg-white p-6 text-lg sm:grid-cols-[max-content_1fr]">
        <Pair label={t("petition.number")}>{current.number}</Pair>
        <Pair label={t("petition.category")}>{categoryLabel(current.category, locale)}</Pair>
        <Pair label={t("petition.status")}>
          <PetitionStatusTag status={current.status} />
        </Pair>
        <Pair label={t("petition.createdAt")}>{formatDateTime(current.createdAt, locale)}</Pair>
        <Pair label={t("petition.assigned")}>
          {current.assignedStaff ? (
            <span lang="vi">{current.assignedStaff.fullName}</span>
          ) : (
            t("assigned.none")
          )}
        </Pair>
        {current.person && (
          <>
            <Pair label={t("petition.person")}>
              <span lang="vi">{current.person.name}</span>
            </Pair>
            <Pair label={t("petition.bhxhNumber")}>{current.person.bhxhNumber ?? "—"}</Pair>
          </>
        )}
        {current.officeName && (
          <Pair label={t("petition.office")}>
            <span lang="vi">{current.officeName}</span>
          </Pair>
        )}
      </dl>

      <section aria-labelledby="petition-content" className="mb-8 rounded-md bg-white p-6">
        <h2 id="petition-content" className="mb-4 text-2xl font-bold">
          {t("petition.content")}
        </h2>
        <p className="whitespace-pre-line break-words text-lg" lang="vi">
          {current.content}
        </p>
        {current.photoUrl && (
          <figure className="mt-6">
            <figcaption className="mb-2 text-lg font-bold">{t("petition.photo")}</figcaption>
            <a href={current.photoUrl} target="_blank" rel="noopener" className="inline-block">
              <img
                src={current.photoUrl}
                alt={t("petition.photoAlt")}
                className="max-h-96 rounded-md border-2 border-line bg-surface object-contain"
              />
            </a>
          </figure>
        )}
      </section>

      {current.status === "received" && (
        <section aria-labelledby="petition-take" className="mb-8 rounded-md bg-white p-6">
          <h2 id="petition-take" className="mb-2 text-2xl font-bold">
            {t("petition.take.title")}
          </h2>
          <p className="mb-4 text-lg">{t("petition.take.lead")}</p>
          <Button onClick={() => void take()} disabled={sending}>
            {sending ? t("action.sending") : t("petition.take")}
          </Button>
        </section>
      )}

      {current.status === "answered" ? (
        <section aria-labelledby="petition-reply" className="rounded-md bg-white p-6">
          <h2 id="petition-reply" className="mb-4 text-2xl font-bold">
            {t("petition.reply.title")}
          </h2>
          <p className="whitespace-pre-line break-words text-lg" lang="vi">
            {current.reply}
          </p>
          <p className="mt-4 text-muted">
            {fill(t("petition.reply.by"), {
              name: current.repliedByName ?? t("author.staff"),
              at: formatDateTime(current.repliedAt, locale),
            })}
          </p>
        </section>
      ) : (
        <AnswerForm
          petition={current}
          onAnswered={(next) => {
            setCurrent(next);
            setOutcome({ kind: "done", text: t("petition.answer.done") });
          }}
          onFailed={(failure) => setOutcome({ kind: "failed", failure, lead: t("petition.answer.failed") })}
        />
      )}
    </Page>
  );
}

function AnswerForm({
  petition,
  onAnswered,
  onFailed,
}: {
  petition: PetitionDetail;
  onAnswered: (next: PetitionDetail) => void;
  onFailed: (failure: ApiFailure) => void;
}) {
  const t = useHelpT();
  const { sending, sendOnce } = useSendOnce();
  const [reply, setReply] = useState("");
  const [error, setError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const text = reply.trim();
    const problem =
      text === ""
        ? t("petition.answer.required")
        : text.length > replyMaxLength
          ? fill(t("petition.answer.tooLong"), { max: replyMaxLength })
          : undefined;
    setError(problem);
    if (problem) {
      document.getElementById("petition-answer")?.focus();
      return;
    }
    await sendOnce(async () => {
      const result = await answerPetition(petition.id, text);
      if (result.ok) onAnswered(result.data);
      else onFailed(result);
    });
  }

  return (
    <section aria-labelledby="petition-answer-title" className="rounded-md bg-white p-6">
      <h2 id="petition-answer-title" className="mb-2 text-2xl font-bold">
        {t("petition.answer.title")}
      </h2>
      <p className="mb-4 text-lg">{t("petition.answer.lead")}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="max-w-3xl">
        <TextAreaField
          id="petition-answer"
          label={t("petition.answer.label")}
          hint={fill(t("petition.answer.hint"), { max: replyMaxLength })}
          error={error}
          value={reply}
          rows={6}
          onValueChange={(value) => {
            setReply(value);
            setError(undefined);
          }}
        />
        <Button type="submit" disabled={sending}>
          {sending ? t("action.sending") : t("petition.answer.submit")}
        </Button>
      </form>
    </section>
  );
}
