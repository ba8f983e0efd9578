import { type CitizenProfile, findServiceRequest, replaceRequestAnswers } from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { changeRequestStatus } from "./change-request-status";
import { prepareAnswers, requireService } from "./prepare-answers";
import { requestNotFound, requestStateChanged } from "./request-errors";

/**
 * The citizen's answer to a request for information: a message, and corrected answers if the officer
 * asked for them (checked as a complete submission). The request goes back to the office's queue as
 * received. Only the owner, only while the request waits for information (409 otherwise).
 */
export async function replyToRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  citizen: Pick<CitizenProfile, "personId">,
  input: { id: string; message: string; answers?: unknown },
  now = new Date(),
): Promise<void> {
  const request = await findServiceRequest(context.db, citizen.personId, input.id);
  if (!request) throw requestNotFound();
  if (request.status !== "needs_info") throw requestStateChanged(request);
  const corrected =
    input.answers === undefined
      ? undefined
      : await prepareAnswers(context, {
          personId: citizen.personId,
          service: requireService(request.serviceCode),
          answers: input.answers,
          submit: true,
          today: vietnamDate(now),
        });
  await context.db.transaction(async (tx) => {
    await changeRequestStatus(tx, request, {
      to: "received",
      actor: { kind: "citizen" },
      action: "citizen_reply",
      note: input.message,
    });
    if (corrected) await replaceRequestAnswers(tx, request, corrected.answers);
  });
}
