import {
  type CitizenProfile,
  findServiceRequestBySubmissionKey,
  insertServiceRequest,
  type ServiceRequestRow,
  type SqlRunner,
} from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { withFreshNumber } from "../numbers/fresh-number";
import { type PreparedRequest, prepareAnswers, requireService } from "./prepare-answers";
import { recordRequestChange } from "./record-request-change";
import { dueOnFor } from "./request-deadline";

const keyUsedForAnotherService = () =>
  new AppError("conflict", {
    vi: "Mã lần gửi này đã được dùng cho một hồ sơ khác. Vui lòng tải lại trang rồi gửi lại.",
    en: "This submission key was already used for another request. Please reload the page and send again.",
  });

/**
 * Creates a request: a draft (answers may be partial) or a submitted one, which gets its number, its
 * deadline and the citizen's notification and SMS in the same transaction. The submission key makes it
 * idempotent: the same key again — a retry, a double tap — answers with the request it made.
 */
export async function fileServiceRequest(
  context: Pick<RouteContext, "db" | "cipher">,
  citizen: Pick<CitizenProfile, "personId">,
  input: { serviceCode: string; answers: unknown; submit: boolean; submissionKey: string },
  now = new Date(),
): Promise<{ created: boolean; request: ServiceRequestRow }> {
  const service = requireService(input.serviceCode);
  const earlier = await findSameSubmission(context.db, citizen.personId, input);
  if (earlier) return { created: false, request: earlier };
  const today = vietnamDate(now);
  const prepared = await prepareAnswers(context, { personId: citizen.personId, service, ...input, today });
  return context.db.transaction((tx) =>
    withFreshNumber("DV", now, async (number) => {
      const row = await insertServiceRequest(tx, newRow(citizen.personId, input, prepared, number, today));
      if (!row) {
        const same = await findSameSubmission(tx, citizen.personId, input);
        return same ? { created: false, request: same } : "number_taken";
      }
      if (row.status === "submitted") {
        await recordRequestChange(tx, row, {
          from: null,
          to: "submitted",
          actor: { kind: "citizen" },
          action: "submitted",
          note: null,
        });
      }
      return { created: true, request: row };
    }),
  );
}

async function findSameSubmission(
  db: SqlRunner,
  personId: string,
  input: { serviceCode: string; submissionKey: string },
): Promise<ServiceRequestRow | undefined> {
  const row = await findServiceRequestBySubmissionKey(db, personId, input.submissionKey);
  if (row && row.serviceCode !== input.serviceCode) throw keyUsedForAnotherService();
  return row;
}

function newRow(
  personId: string,
  input: { submit: boolean; submissionKey: string },
  prepared: PreparedRequest,
  number: string,
  today: string,
) {
  const common = {
    personId,
    serviceCode: prepared.service.code,
    officeCode: prepared.officeCode,
    answers: prepared.answers,
    submissionKey: input.submissionKey,
  };
  return input.submit
    ? {
        ...common,
        status: "submitted" as const,
        number,
        dueOn: dueOnFor(today, prepared.service.workingDays),
      }
    : { ...common, status: "draft" as const };
}
