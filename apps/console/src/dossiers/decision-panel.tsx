import { Button } from "@ansinh/ui";
import { type FormEvent, useId, useRef, useState } from "react";
import { useT } from "../i18n/messages";
import {
  type ApiFailure,
  type ApiResult,
  approveDossier,
  type RejectReason,
  rejectDossier,
  rejectReasons,
} from "./dossier-api";

export type DecisionOutcome =
  | { kind: "approved" }
  | { kind: "rejected" }
  | { kind: "failed"; failure: ApiFailure };

/**
 * Approve (after a confirmation, because it creates an account and sends a password) or reject with a
 * reason from the list. The server has the last word: it refuses a decision on a dossier that is no
 * longer pending or not of the reviewer's office, and the page shows its words.
 */
export function DecisionPanel({
  dossierId,
  dossierNumber,
  onDecided,
}: {
  dossierId: string;
  dossierNumber: string;
  onDecided: (outcome: DecisionOutcome) => void;
}) {
  const t = useT();
  const id = useId();
  const confirmation = useRef<HTMLDialogElement>(null);
  const [sending, setSending] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<RejectReason | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});

  async function decide(send: () => Promise<ApiResult<unknown>>, success: DecisionOutcome): Promise<void> {
    if (sending) return;
    setSending(true);
    const result = await send();
    setSending(false);
    onDecided(result.ok ? success : { kind: "failed", failure: result });
  }

  // Focus starts on "Huỷ": an Enter pressed by habit must not create an account.
  function openConfirmation(): void {
    confirmation.current?.showModal();
    confirmation.current?.querySelector<HTMLButtonElement>("[data-cancel]")?.focus();
  }

  async function approve(): Promise<void> {
    confirmation.current?.close();
    await decide(() => approveDossier(dossierId), { kind: "approved" });
  }

  async function reject(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found: { reason?: string; note?: string } = {};
    if (!reason) found.reason = t("decision.reasonRequired");
    else if (reason === "other" && note.trim() === "") found.note = t("decision.noteRequired");
    setErrors(found);
    if (found.reason) {
      document.getElementById(`${id}-reason-${rejectReasons[0]}`)?.focus();
      return;
    }
    if (found.note) {
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    if (!reason) return;
    await decide(() => rejectDossier(dossierId, { reason, note: note.trim() }), { kind: "rejected" });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md bg-white p-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {t("decision.title")}
      </h2>
      {!rejecting && (
        <div className="mt-4 flex flex-wrap gap-4">
          <Button onClick={openConfirmation} disabled={sending}>
            {sending ? t("decision.sending") : t("decision.approve")}
          </Button>
          <Button variant="secondary" onClick={() => setRejecting(true)} disabled={sending}>
            {t("decision.reject")}
          </Button>
        </div>
      )}

      <dialog
        ref={confirmation}
        aria-labelledby={`${id}-confirm-title`}
        aria-describedby={`${id}-confirm-body`}
        className="m-auto max-w-lg rounded-md border-4 border-ink bg-white p-6 backdrop:bg-ink/60"
      >
        <h3 id={`${id}-confirm-title`} className="text-2xl font-bold">
          {t("decision.confirmTitle")}
        </h3>
        <p className="mt-2 text-lg font-bold">{dossierNumber}</p>
        <p id={`${id}-confirm-body`} className="mt-3 text-lg">
          {t("decision.confirmBody")}
        </p>
        <div className="mt-6 flex flex-wrap gap-4">
          <Button onClick={approve}>{t("decision.confirmApprove")}</Button>
          <Button variant="secondary" onClick={() => confirmation.current?.close()} data-cancel>
            {t("decision.cancel")}
          </Button>
        </div>
      </dialog>

      {rejecting && (
        <form noValidate onSubmit={reject} className="mt-4">
          <fieldset
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
            className={`mb-6 ${errors.reason ? "border-l-4 border-error pl-3" : ""}`}
          >
            <legend className="text-lg font-bold">{t("decision.reason")}</legend>
            {errors.reason && (
              <p id={`${id}-reason-error`} className="mt-1 font-bold text-error">
                {errors.reason}
              </p>
            )}
            <div className="mt-2 space-y-2">
              {rejectReasons.map((option) => (
                <div key={option} className="flex items-center gap-3">
                  <input
                    id={`${id}-reason-${option}`}
                    type="radio"
                    name={`${id}-reason`}
                    value={option}
                    checked={reason === option}
                    onChange={() => setReason(option)}
                    className="size-6 accent-brand"
                  />
                  <label htmlFor={`${id}-reason-${option}`} className="min-h-touch content-center text-lg">
                    {t(`reason.${option}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className={`mb-6 ${errors.note ? "border-l-4 border-error pl-3" : ""}`}>
            <label htmlFor={`${id}-note`} className="block text-lg font-bold">
              {t("decision.note")}
            </label>
            <p id={`${id}-note-hint`} className="mt-1 text-muted">
              {t("decision.noteHint")}
            </p>
            {errors.note && (
              <p id={`${id}-note-error`} className="mt-1 font-bold text-error">
                {errors.note}
              </p>
            )}
            <textarea
              id={`${id}-note`}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              rows={3}
              maxLength={500}
              aria-describedby={`${id}-note-hint${errors.note ? ` ${id}-note-error` : ""}`}
              aria-invalid={errors.note ? true : undefined}
              aria-required={reason === "other"}
              className={`mt-2 w-full max-w-xl border-2 bg-white px-3 py-2 text-lg ${errors.note ? "border-error" : "border-ink"}`}
            />
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit" disabled={sending}>
              {sending ? t("decision.sending") : t("decision.submitReject")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setRejecting(false);
                setErrors({});
              }}
              disabled={sending}
            >
              {t("decision.cancel")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
