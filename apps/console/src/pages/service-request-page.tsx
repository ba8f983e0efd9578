import { formatVnd, type ServiceField, serviceByCode } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { Link, useRouter } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiResult } from "../dossiers/dossier-api";
import { formatDateTime, formatIsoDate } from "../dossiers/format";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { type ActionOutcome, ActionPanel } from "../service-requests/action-panel";
import { fill, type RequestsMessageKey, useRequestsT } from "../service-requests/i18n/messages";
import { vi } from "../service-requests/i18n/vi";
import { DeadlineText, isOpen, RequestStatusTag } from "../service-requests/request-status";
import type { RequestDetail, RequestEvent } from "../service-requests/requests-api";
import type { StaffProfile } from "../session";

/** Roles that decide requests; support staff may read them. */
const deciders: ReadonlySet<string> = new Set(["reviewer", "admin"]);

export function ServiceRequestPage({
  result,
  staff,
}: {
  result: ApiResult<RequestDetail>;
  staff: StaffProfile;
}) {
  const t = useRequestsT();
  if (result.ok) return <RequestView request={result.data} canDecide={deciders.has(staff.role)} />;
  if (result.kind === "not-found")
    return (
      <Page title={t("detail.notFound.title")} lead={t("detail.notFound.lead")}>
        <BackToQueue />
      </Page>
    );
  return (
    <Page title={t("rq.title")}>
      <ApiFailureNotice failure={result} />
      <BackToQueue />
    </Page>
  );
}

function BackToQueue() {
  const t = useRequestsT();
  return (
    <p className="-mt-2 mb-6 text-lg">
      <Link to={paths.serviceRequests}>{t("detail.back")}</Link>
    </p>
  );
}

/**
 * One request: where it stands (status, deadline clock, officer), who asked, what they declared (worded
 * from the service's own questions), the documents the law requires, the payment, the actions allowed
 * now, and the timeline. After an action the page reloads from the server, then says what happened.
 */
function RequestView({ request, canDecide }: { request: RequestDetail; canDecide: boolean }) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const service = serviceByCode(request.serviceCode);
  const serviceName = request.serviceName?.[locale] ?? service?.name[locale] ?? request.serviceCode;

  useEffect(() => {
    if (outcome) notice.current?.focus();
  }, [outcome]);

  async function onActed(next: ActionOutcome): Promise<void> {
    await router.invalidate();
    setOutcome(next);
  }

  return (
    <Page title={fill(t("detail.title"), { number: request.number })}>
      <BackToQueue />
      <div ref={notice} tabIndex={-1} role="status" className="mb-6 empty:hidden">
        {outcome?.kind === "done" && (
          <p className="border-l-4 border-success bg-white p-4 text-lg font-bold">
            {t(`action.done.${outcome.action}`)}
          </p>
        )}
        {outcome?.kind === "failed" && (
          <ApiFailureNotice failure={outcome.failure} lead={t("action.failed")} />
        )}
      </div>

      <dl className="mb-8 grid gap-x-6 gap-y-2 rounded-md bg-white p-6 text-lg sm:grid-cols-[max-content_1fr]">
        <Pair label={t("detail.service")}>{serviceName}</Pair>
        <Pair label={t("detail.status")}>
          <RequestStatusTag status={request.status} overdue={request.overdue && isOpen(request.status)} />
        </Pair>
        <Pair label={t("detail.submittedAt")}>{formatDateTime(request.submittedAt, locale)}</Pair>
        <Pair label={t("detail.due")}>
          <DeadlineText dueOn={request.dueOn} open={isOpen(request.status)} />
        </Pair>
        <Pair label={t("detail.assigned")}>
          {request.assignedTo ? (
            <span lang="vi">{request.assignedTo.fullName}</span>
          ) : request.assignedStaffId ? (
            t("detail.assignedSomeone")
          ) : (
            t("queue.unassigned")
          )}
        </Pair>
        {request.office && (
          <Pair label={t("detail.office")}>
            <span lang="vi">{request.office.name}</span>
          </Pair>
        )}
        {request.infoRequest && (
          <Pair label={t("detail.infoRequest")}>
            <span lang="vi" className="whitespace-pre-line">
              {request.infoRequest}
            </span>
          </Pair>
        )}
        {request.outcomeNote && (
          <Pair label={t("detail.outcome")}>
            <span lang="vi" className="whitespace-pre-line">
              {request.outcomeNote}
            </span>
          </Pair>
        )}
      </dl>

      <div className="grid gap-8 lg:grid-cols-2">
        {request.person && (
          <section aria-labelledby="request-person" className="rounded-md bg-white p-6">
            <h2 id="request-person" className="mb-4 text-2xl font-bold">
              {t("detail.person")}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]">
              <Pair label={t("detail.person.fullName")}>
                <span lang="vi">{request.person.fullName}</span>
              </Pair>
              {request.person.bhxhNumber && (
                <Pair label={t("detail.person.bhxhNumber")}>{request.person.bhxhNumber}</Pair>
              )}
              {request.person.birthDate && (
                <Pair label={t("detail.person.birthDate")}>{formatIsoDate(request.person.birthDate)}</Pair>
              )}
              {request.person.phone && <Pair label={t("detail.person.phone")}>{request.person.phone}</Pair>}
              {request.person.address && (
                <Pair label={t("detail.person.address")}>
                  <span lang="vi">{request.person.address}</span>
                </Pair>
              )}
            </dl>
          </section>
        )}

        <section aria-labelledby="request-answers" className="rounded-md bg-white p-6">
          <h2 id="request-answers" className="mb-4 text-2xl font-bold">
            {t("detail.answers")}
          </h2>
          <Answers request={request} fields={service?.fields ?? []} />
        </section>
      </div>

      {service && service.documents.length > 0 && (
        <section aria-labelledby="request-documents" className="mt-8">
          <h2 id="request-documents" className="mb-2 text-2xl font-bold">
            {t("detail.documents")}
          </h2>
          <ul className="list-disc space-y-1 pl-6 text-lg">
            {service.documents.map((document) => (
              <li key={document.code}>
                {document.name[locale]}{" "}
                {document.required && <span className="text-muted">{t("detail.documentRequired")}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-muted">
            {t("detail.legalBasis")} {service.legalBasis}
          </p>
        </section>
      )}

      {(service?.payment || request.payment) && (
        <section aria-labelledby="request-payment" className="mt-8 rounded-md bg-white p-6">
          <h2 id="request-payment" className="mb-4 text-2xl font-bold">
            {t("detail.payment")}
          </h2>
          {request.payment ? (
            <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]">
              <Pair label={t("detail.payment.amount")}>{formatVnd(request.payment.amount)}</Pair>
              <Pair label={t("detail.payment.status")}>
                {paymentStatusKey(request.payment.status)
                  ? t(paymentStatusKey(request.payment.status) as RequestsMessageKey)
                  : request.payment.status}
                {request.payment.settledAt && ` — ${formatDateTime(request.payment.settledAt, locale)}`}
              </Pair>
            </dl>
          ) : (
            <p className="text-lg">{t("detail.payment.none")}</p>
          )}
        </section>
      )}

      <div className="mt-10">
        {canDecide ? (
          <ActionPanel request={request} paid={Boolean(service?.payment)} onActed={onActed} />
        ) : (
          <p className="rounded-md bg-white p-6 text-lg">{t("action.readOnly")}</p>
        )}
      </div>

      <Timeline events={request.events} />
    </Page>
  );
}

function paymentStatusKey(status: string): string | null {
  const key = `detail.payment.${status}`;
  return Object.hasOwn(vi, key) ? key : null;
}

function Pair({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

/** The answers, labelled by the service's questions in their order; answers to unknown questions after. */
function Answers({ request, fields }: { request: RequestDetail; fields: readonly ServiceField[] }) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const names = Object.keys(request.answers);
  if (names.length === 0) return <p className="text-lg">{t("detail.noAnswers")}</p>;
  const known = fields.filter((field) => field.name in request.answers);
  const unknown = names.filter((name) => !fields.some((field) => field.name === name));
  return (
    <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]">
      {known.map((field) => (
        <Pair key={field.name} label={field.label[locale]}>
          <span className="whitespace-pre-line" lang="vi">
            {answerText(field, request.answers[field.name], locale, t)}
          </span>
        </Pair>
      ))}
      {unknown.map((name) => (
        <Pair key={name} label={name}>
          {String(request.answers[name])}
        </Pair>
      ))}
    </dl>
  );
}

function answerText(
  field: ServiceField,
  answer: string | number | boolean | undefined,
  locale: "vi" | "en",
  t: (key: RequestsMessageKey) => string,
): string {
  if (answer === undefined) return "";
  if (typeof answer === "boolean") return answer ? t("detail.yes") : "";
  if (field.kind === "choice")
    return field.options?.find((option) => option.value === String(answer))?.label[locale] ?? String(answer);
  if (field.kind === "money" && typeof answer === "number") return formatVnd(answer);
  if (field.kind === "months") return fill(t("detail.months"), { n: String(answer) });
  if (field.kind === "date" && typeof answer === "string") return formatIsoDate(answer);
  return String(answer);
}

function Timeline({ events }: { events: RequestEvent[] }) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const action = (event: RequestEvent): string => {
    const key = `event.${event.action}`;
    if (Object.hasOwn(vi, key)) return t(key as RequestsMessageKey);
    return event.toStatus ? t(`status.${event.toStatus}`) : event.action;
  };
  return (
    <section aria-labelledby="request-timeline" className="mt-10">
      <h2 id="request-timeline" className="mb-4 text-2xl font-bold">
        {t("timeline.title")}
      </h2>
      {events.length === 0 ? (
        <p className="text-lg">{t("timeline.empty")}</p>
      ) : (
        <DataTable headings={[t("timeline.at"), t("timeline.action"), t("timeline.by"), t("timeline.note")]}>
          {events.map((event) => (
            <tr key={`${event.at}-${event.action}`} className="border-b border-line">
              <td className="px-3 py-2">{formatDateTime(event.at, locale)}</td>
              <td className="px-3 py-2 font-bold">{action(event)}</td>
              <td className="px-3 py-2" lang="vi">
                {event.actor === "staff" ? (event.staffName ?? t("actor.staff")) : t(`actor.${event.actor}`)}
              </td>
              <td className="px-3 py-2 whitespace-pre-line" lang="vi">
                {event.note ?? ""}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
