import { schema } from "@ansinh/db";
import { requestStatuses } from "@ansinh/domain";
import { z } from "zod";
import type { RequestDetail } from "../../use-cases/public-services/present-request";

/** Shapes shared by the citizen's and the staff's request routes. */
export const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

export const localText = z.object({ vi: z.string(), en: z.string() });

export const requestStatus = z.enum(requestStatuses);

export const requestParams = z.object({
  id: z.uuid(bilingual("Mã hồ sơ không hợp lệ", "The request id is not valid")),
});

const answers = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .describe("Answers by field name; account and ID numbers masked once submitted");

const requestEvent = z.object({
  at: z.iso.datetime(),
  actor: z.enum(schema.requestActors),
  action: z.string(),
  fromStatus: requestStatus.nullable(),
  toStatus: requestStatus,
  note: z.string().nullable(),
});

export const paymentView = z.object({
  id: z.uuid(),
  amount: z.number().int().describe("Whole đồng"),
  status: z.enum(schema.paymentStatuses),
  createdAt: z.iso.datetime(),
  settledAt: z.iso.datetime().nullable(),
  failureReason: z.string().nullable(),
});

export const requestView = z.object({
  id: z.uuid(),
  /** Số hồ sơ; null for a draft. */
  number: z.string().nullable(),
  serviceCode: z.string(),
  serviceName: localText,
  status: requestStatus,
  answers,
  submittedAt: z.iso.datetime().nullable(),
  dueOn: z.iso.date().nullable(),
  overdue: z.boolean(),
  infoRequest: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  office: z.object({ code: z.string(), name: z.string() }),
  events: z.array(requestEvent),
  payment: paymentView.nullable(),
});

/** The request as its owner sees it: the timeline without the names of the staff who acted. */
export function presentRequest(detail: RequestDetail): z.infer<typeof requestView> {
  const { request } = detail;
  return {
    id: request.id,
    number: request.number,
    serviceCode: request.serviceCode,
    serviceName: detail.serviceName,
    status: request.status,
    answers: detail.answers,
    submittedAt: request.submittedAt?.toISOString() ?? null,
    dueOn: request.dueOn,
    overdue: detail.overdue,
    infoRequest: request.infoRequest,
    outcomeNote: request.outcomeNote,
    office: detail.office,
    events: detail.events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
    })),
    payment: detail.payment && {
      ...detail.payment,
      createdAt: detail.payment.createdAt.toISOString(),
      settledAt: detail.payment.settledAt?.toISOString() ?? null,
    },
  };
}
