import { formatVietnamDay, formatVnd } from "@ansinh/domain";
import { Button, useLocale } from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState } from "react";
import { postJson, stringIn } from "../account/api-reply";
import { endSession } from "../offline/citizen-session";
import { readRecord, saveRecord } from "../offline/record-store";
import { paths } from "../paths";
import { nameAndCode, nameOrCode } from "./format";
import { fill, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import { readVisits, recordPaths, type Visit, type VisitYear } from "./records-api";
import { useRecord } from "./use-record";

/** Where the references of "I did not go" reports are kept on the phone (the API lists only a flag). */
const reportsKey = "visit-reports";

type References = Readonly<Record<string, string>>;

function asReferences(value: unknown): References {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === "string"));
}

/** "Sổ khám chữa bệnh": the visits claimed on the person's card, by year, with "I did not go". */
export function VisitsPage() {
  const t = useRecordsT();
  const record = useRecord(recordPaths.visits, readVisits);
  const owner = record.state.kind === "ready" ? record.state.owner : null;
  const [references, setReferences] = useState<References>({});
  useEffect(() => {
    if (!owner) return;
    let current = true;
    void readRecord(owner, reportsKey).then((kept) => {
      if (current) setReferences((known) => ({ ...asReferences(kept), ...known }));
    });
    return () => {
      current = false;
    };
  }, [owner]);

  async function onReported(visitId: string, reference: string): Promise<void> {
    const next = { ...references, [visitId]: reference };
    setReferences(next);
    if (owner) await saveRecord(owner, reportsKey, next);
  }

  return (
    <RecordFrame title={t("visits.title")} lead={t("visits.lead")} record={record}>
      {(visits) =>
        visits.years.length === 0 ? (
          <p className="rounded-md bg-white p-4 text-lg">{t("visits.none")}</p>
        ) : (
          visits.years.map((year) => (
            <YearSection
              key={year.year}
              year={year}
              references={references}
              canReport={record.state.kind === "ready" && !record.state.kept && owner !== null}
              onReported={onReported}
            />
          ))
        )
      }
    </RecordFrame>
  );
}

function YearSection({
  year,
  references,
  canReport,
  onReported,
}: {
  year: VisitYear;
  references: References;
  canReport: boolean;
  onReported: (visitId: string, reference: string) => Promise<void>;
}) {
  const t = useRecordsT();
  const id = `visits-${year.year}`;
  return (
    <section aria-labelledby={id} className="mb-8" data-testid={id}>
      <h2 id={id} className="text-2xl font-bold">
        {fill(t("visits.year"), { year: year.year })}
      </h2>
      <div className="mt-2 rounded-md bg-white p-4" data-testid="year-totals">
        <SummaryList
          pairs
          rows={[
            { label: t("visits.count"), value: String(year.count) },
            { label: t("visits.totalCost"), value: formatVnd(year.totalCost) },
            { label: t("visits.fundPaid"), value: formatVnd(year.fundPaid) },
            { label: t("visits.patientPaid"), value: formatVnd(year.patientPaid) },
          ]}
        />
      </div>
      <ol className="mt-4 space-y-4">
        {year.visits.map((visit) => (
          <VisitItem
            key={visit.id}
            visit={visit}
            reference={references[visit.id]}
            canReport={canReport}
            onReported={onReported}
          />
        ))}
      </ol>
    </section>
  );
}

function visitDays(visit: Visit): string {
  const admitted = formatVietnamDay(visit.admittedAt);
  const discharged = formatVietnamDay(visit.dischargedAt);
  return admitted === discharged ? admitted : `${admitted} – ${discharged}`;
}

function VisitItem({
  visit,
  reference,
  canReport,
  onReported,
}: {
  visit: Visit;
  reference: string | undefined;
  canReport: boolean;
  onReported: (visitId: string, reference: string) => Promise<void>;
}) {
  const t = useRecordsT();
  const [justReported, setJustReported] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justReported) notice.current?.focus();
  }, [justReported]);
  const reported = visit.reported || reference !== undefined;

  return (
    <li className="rounded-md bg-white p-4" data-testid="visit">
      <h3 className="text-xl font-bold">{nameOrCode(visit.facility)}</h3>
      <p className="text-muted">
        {t(visit.kind === "inpatient" ? "visits.inpatient" : "visits.outpatient")} · {visitDays(visit)}
      </p>
      <p className="mt-2 text-lg">
        {t("visits.diagnosis")}: <strong>{nameAndCode(visit.mainDiagnosis)}</strong>
      </p>
      {visit.otherDiagnoses.length > 0 && (
        <p className="text-lg">
          {t("visits.otherDiagnoses")}: {visit.otherDiagnoses.map((d) => nameAndCode(d)).join("; ")}
        </p>
      )}
      <SummaryList
        className="mt-3"
        pairs
        rows={[
          { label: t("visits.visitCost"), value: formatVnd(visit.totalCost) },
          { label: t("visits.fundPaid"), value: formatVnd(visit.fundPaid) },
          { label: t("visits.patientPaid"), value: formatVnd(visit.patientPaid) },
        ]}
      />
      {reported ? (
        <p
          ref={notice}
          tabIndex={-1}
          role={justReported ? "status" : undefined}
          className="mt-3 border-l-4 border-success pl-3 text-lg"
          data-testid="reported"
        >
          {t("visits.reported")}
          {reference && (
            <>
              {" "}
              {t("visits.reference")}: <strong>{reference}</strong>
            </>
          )}
        </p>
      ) : (
        <ReportButton
          visit={visit}
          disabled={!canReport}
          onDone={async (ref) => {
            await onReported(visit.id, ref);
            setJustReported(true);
          }}
        />
      )}
    </li>
  );
}

/** "Tôi không đi khám lần này": a confirmation with an optional note, then POST …/report. */
function ReportButton({
  visit,
  disabled,
  onDone,
}: {
  visit: Visit;
  disabled: boolean;
  onDone: (reference: string) => Promise<void>;
}) {
  const t = useRecordsT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const ids = useId();

  async function onSend(): Promise<void> {
    if (sending) return;
    setSending(true);
    setFailed(null);
    const trimmed = note.trim();
    const reply = await postJson(recordPaths.report(visit.id), trimmed ? { note: trimmed } : {}, locale);
    setSending(false);
    if (reply.kind === "answer" && reply.status === 401) {
      const ended = await endSession(reply.body);
      void navigate({ to: ended === "replaced" ? paths.login : paths.personal, replace: true });
      return;
    }
    const reference = reply.kind === "answer" && reply.ok ? stringIn(reply.body, "reference") : null;
    if (reference) {
      dialog.current?.close();
      await onDone(reference);
      return;
    }
    const message = reply.kind === "answer" ? reply.message : null;
    setFailed(
      message ? (typeof message === "string" ? message : message[locale]) : t("visits.report.failed"),
    );
  }

  return (
    <>
      <Button
        variant="secondary"
        className="mt-3 w-full"
        disabled={disabled}
        aria-describedby={disabled ? `${ids}-offline` : undefined}
        onClick={() => dialog.current?.showModal()}
      >
        {t("visits.report")}
      </Button>
      {disabled && (
        <p id={`${ids}-offline`} className="mt-1 text-muted">
          {t("visits.report.offline")}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-title`}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-md bg-white p-4 text-ink backdrop:bg-ink/60"
        onClose={() => setFailed(null)}
      >
        <h2 id={`${ids}-title`} className="text-2xl font-bold">
          {t("visits.report.title")}
        </h2>
        <p className="mt-2 text-lg">
          <strong>{nameOrCode(visit.facility)}</strong>, {visitDays(visit)}, {formatVnd(visit.totalCost)}
        </p>
        <p className="mt-2 text-lg">{t("visits.report.text")}</p>
        <div role="alert" className="empty:hidden">
          {failed && (
            <p className="mt-3 border-l-4 border-error pl-3 text-lg font-bold text-error">{failed}</p>
          )}
        </div>
        <label htmlFor={`${ids}-note`} className="mt-4 block text-lg font-bold">
          {t("visits.report.note")}
        </label>
        <p id={`${ids}-note-hint`} className="text-muted">
          {t("visits.report.noteHint")}
        </p>
        <textarea
          id={`${ids}-note`}
          aria-describedby={`${ids}-note-hint`}
          value={note}
          maxLength={500}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          className="mt-2 w-full rounded-none border-2 border-ink p-2 text-lg"
        />
        <div className="mt-4 flex flex-wrap gap-3">
          <Button onClick={() => void onSend()} disabled={sending}>
            {sending ? t("visits.report.sending") : t("visits.report.send")}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t("visits.report.cancel")}
          </Button>
        </div>
      </dialog>
    </>
  );
}
