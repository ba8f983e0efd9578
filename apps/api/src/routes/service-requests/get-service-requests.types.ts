import { z } from "zod";
import type { OwnRequestItem } from "../../use-cases/public-services/list-own-requests";
import { localText, requestStatus } from "./request-shapes.types";

const requestSummary = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  serviceCode: z.string(),
  serviceName: localText,
  status: requestStatus,
  submittedAt: z.iso.datetime().nullable(),
  dueOn: z.iso.date().nullable(),
  overdue: z.boolean(),
  updatedAt: z.iso.datetime(),
});

export const requestListResponse = z.object({ items: z.array(requestSummary) });

export function presentRequestList(items: OwnRequestItem[]): z.infer<typeof requestListResponse> {
  return {
    items: items.map((r) => ({
      id: r.id,
      number: r.number,
      serviceCode: r.serviceCode,
      serviceName: r.serviceName,
      status: r.status,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      dueOn: r.dueOn,
      overdue: r.overdue,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
