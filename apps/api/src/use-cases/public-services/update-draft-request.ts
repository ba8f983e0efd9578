import {
  type CitizenProfile,
  findServiceRequest,
  type ServiceRequestRow,
  type SqlRunner,
  submitDraftRequest,
  updateDraftAnswers,
} from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { withFreshNumber } from "../numbers/fresh-number";
import { prepareAnswers, requireService } from "./prepare-answers";
import { recordRequestChange } from "./record-request-change";
import { dueOnFor } from "./request-deadline";
import { requestNotFound, requestStateChanged } from "./request-errors";

/**
 * Saves a draft's answers again, or submits it (complete answers, a number, a deadline, the
 * notification and the SMS). Only the owner's drafts: 404 for anyone else's, 409 once submitted.
 */
export async function updateDraftRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  citizen: Pick<CitizenProfile, "personId">,
  input: { id: string; answers: unknown; submit: boolean },
  now = new Date(),
): Promise<void> {
  const draft = await findServiceRequest(context.db, citizen.personId, input.id);
  if (!draft) throw requestNotFound();
  if (draft.status !== "draft") throw requestStateChanged(draft);
  const today = vietnamDate(now);
  const prepared = await prepareAnswers(context, {
    personId: citizen.personId,
    service: requireService(draft.serviceCode),
    answers: input.answers,
    submit: input.submit,
    today,
  });
  await context.db.transaction(async (tx) => {
    if (!input.submit) {
      if (!(await updateDraftAnswers(tx, draft, prepared.answers))) await refuseChanged(tx, draft);
      return;
    }
    const dueOn = dueOnFor(today, prepared.service.workingDays);
    const number = await withFreshNumber("DV", now, async (candidate) => {
      if (await submitDraftRequest(tx, { ...draft, answers: prepared.answers, number: candidate, dueOn })) {
        return candidate;
      }
      await refuseChanged(tx, draft);
      return "number_taken";
    });
    await recordRequestChange(
      tx,
      { ...draft, number, dueOn },
      {
        from: "draft",
        to: "submitted",
        actor: { kind: "citizen" },
        action: "submitted",
        note: null,
      },
    );
  });
}

/** The draft was submitted meanwhile (another tab, a double tap): 409 with what it is now. */
async function refuseChanged(
  tx: SqlRunner,
  draft: Pick<ServiceRequestRow, "personId" | "id">,
): Promise<void> {
  const now = await findServiceRequest(tx, draft.personId, draft.id);
  if (now && now.status !== "draft") throw requestStateChanged(now);
}
