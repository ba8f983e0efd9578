import type { PaymentSummary, RequestEvent, ServiceRequestRow } from "@ansinh/db";
import { type LocalText, serviceByCode, vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { isOverdue } from "./request-deadline";
import { presentAnswers, unsealAnswers } from "./sealed-answers";

/** A service's name; a code no longer in the catalogue is shown as it is rather than failing the page. */
export function serviceNameOf(code: string): LocalText {
  return serviceByCode(code)?.name ?? { vi: code, en: code };
}

/** A request as its owner and staff see it (the routes add who may see which parts). */
export interface RequestDetail {
  request: ServiceRequestRow;
  serviceName: LocalText;
  answers: Record<string, string | number | boolean>;
  overdue: boolean;
  office: { code: string; name: string };
  events: RequestEvent[];
  payment: PaymentSummary | null;
}

/**
 * The request's answers for display: a draft is shown to its owner in clear, so that it can be
 * reopened and finished; once submitted, account and ID numbers are masked for everyone.
 */
export function requestDetail(
  context: Pick<RouteContext, "cipher">,
  parts: {
    request: ServiceRequestRow;
    officeName: string;
    events: RequestEvent[];
    payment: PaymentSummary | undefined;
  },
  now: Date,
): RequestDetail {
  const { request } = parts;
  const service = serviceByCode(request.serviceCode);
  const fields = service?.fields ?? [];
  return {
    request,
    serviceName: serviceNameOf(request.serviceCode),
    answers:
      request.status === "draft"
        ? unsealAnswers(fields, request.answers, context.cipher)
        : presentAnswers(fields, request.answers, context.cipher),
    overdue: isOverdue(request, vietnamDate(now)),
    office: { code: request.officeCode, name: parts.officeName },
    events: parts.events,
    payment: parts.payment ?? null,
  };
}
