import { Button, SelectField, TextAreaField, useSendOnce } from "@ansinh/ui";
import { useState } from "react";
import type { ApiFailure } from "../dossiers/dossier-api";
import { useRequestsT } from "./i18n/messages";
import { actOnRequest, type RequestAction, type RequestDetail, type StaffRef } from "./requests-api";

export type ActionOutcome = { kind: "done"; action: RequestAction } | { kind: "failed"; failure: ApiFailure };

/** The status moves an officer may make from each status (the server checks them again). */
const movesFrom: Partial<Record<RequestDetail["status"], readonly RequestAction[]>> = {
  submitted: ["receive"],
  received: ["start"],
  processing: ["complete", "request_info", "reject"],
};

function isClosed(status: RequestDetail["status"]): boolean {
  return status === "completed" || status === "rejected";
}

const needsNote: ReadonlySet<RequestAction> = new Set(["reject", "request_info"]);

/**
 * The moves allowed from the request's status, each one button, with one note for them all: rejecting
 * and asking for information need it (the citizen reads it), completing may carry one. A paid service
 * is completed by its payment, so it has no "Hoàn thành". "Giao cho" hands the request to an officer.
 */
export function ActionPanel({
  request,
  paid,
  onActed,
}: {
  request: RequestDetail;
  /** A paid service (household renewal, voluntary contribution). */
  paid: boolean;
  onActed: (outcome: ActionOutcome) => void;
}) {
  const t = useRequestsT();
  const { sending, sendOnce } = useSendOnce();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const [assignee, setAssignee] = useState("");
  // The server says what this officer may do now; without that word, the transitions are worked out here.
  const allowed = request.allowedActions;
  const moves = allowed
    ? allowed.filter((action) => action !== "assign")
    : (movesFrom[request.status] ?? []).filter((action) => !(paid && action === "complete"));
  const assignable = allowed
    ? allowed.includes("assign")
    : request.status !== "completed" && request.status !== "rejected" && request.status !== "draft";

  async function act(action: RequestAction): Promise<void> {
    const text = note.trim();
    if (needsNote.has(action) && text === "") {
      setNoteError(
        t(action === "reject" ? "action.noteRequired.reject" : "action.noteRequired.request_info"),
      );
      document.getElementById("action-note")?.focus();
      return;
    }
    if (text.length > 1000) {
      setNoteError(t("action.noteTooLong"));
      document.getElementById("action-note")?.focus();
      return;
    }
    setNoteError(undefined);
    await sendOnce(async () => {
      const result = await actOnRequest(request.id, action, {
        note: action === "assign" ? undefined : text,
        assigneeId: action === "assign" ? assignee || undefined : undefined,
      });
      if (result.ok && action !== "assign") setNote("");
      onActed(result.ok ? { kind: "done", action } : { kind: "failed", failure: result });
    });
  }

  return (
    <section aria-labelledby="request-actions" className="rounded-md bg-white p-6">
      <h2 id="request-actions" className="text-2xl font-bold">
        {t("action.title")}
      </h2>
      {request.status === "needs_info" && <p className="mt-3 text-lg">{t("action.waiting")}</p>}
      {paid && request.status === "submitted" && <p className="mt-3 text-lg">{t("detail.paidNote")}</p>}
      {moves.length === 0 && !assignable && (
        <p className="mt-3 text-lg">{isClosed(request.status) ? t("action.none") : t("action.nothingNow")}</p>
      )}

      {moves.length > 0 && (
        <div className="mt-4 max-w-2xl">
          <TextAreaField
            id="action-note"
            label={t("action.note")}
            hint={t("action.noteHint")}
            error={noteError}
            value={note}
            onValueChange={(value) => {
              setNote(value);
              setNoteError(undefined);
            }}
            maxLength={1000}
          />
          <div className="flex flex-wrap gap-4">
            {moves.map((action) => (
              <Button
                key={action}
                variant={action === "reject" || action === "request_info" ? "secondary" : "primary"}
                onClick={() => void act(action)}
                disabled={sending}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </div>
        </div>
      )}

      {assignable && (
        <div className="mt-8 flex max-w-2xl flex-wrap items-end gap-4 border-t border-line pt-6">
          <div className="min-w-64 grow">
            <AssigneeSelect assignees={request.assignees} value={assignee} onChange={setAssignee} />
          </div>
          <Button variant="secondary" className="mb-6" onClick={() => void act("assign")} disabled={sending}>
            {t("action.assign")}
          </Button>
        </div>
      )}
      {sending && (
        <p role="status" className="mt-2 text-lg">
          {t("action.sending")}
        </p>
      )}
    </section>
  );
}

/** Who to give the request to: oneself (the server's default), or an officer of the office it lists. */
function AssigneeSelect({
  assignees,
  value,
  onChange,
}: {
  assignees: readonly StaffRef[];
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useRequestsT();
  return (
    <SelectField id="assignee" label={t("action.assignee")} value={value} onValueChange={onChange}>
      <option value="">{t("bulk.me")}</option>
      {assignees.map((staff) => (
        <option key={staff.id} value={staff.id} lang="vi">
          {staff.fullName}
        </option>
      ))}
    </SelectField>
  );
}
