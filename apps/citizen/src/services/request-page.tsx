import { formatDate, formatVnd, isIsoDate } from "@ansinh/domain";
import { Button, buttonClassName, TextAreaField, useLocale, useSendOnce } from "@ansinh/ui";
import { Link, useParams, useSearch } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { fieldText } from "../account/api-reply";
import { paths, serviceSearchKeys } from "../paths";
import { AnswerRows } from "./answer-rows";
import { visibleFields } from "./answers";
import { ApiState } from "./api-state";
import { newKey } from "./form-store";
import { fill, type ServicesMessageKey, useServicesT } from "./i18n/messages";
import { vi } from "./i18n/vi";
import { bothLanguages, refusalOf, type Said, textOf } from "./refusal";
import { formatMoment, ServiceFrame } from "./service-frame";
import {
  type RequestEvent,
  type RequestView,
  readPaymentStart,
  readRequest,
  readServices,
  type ServiceView,
  sendReply,
  serviceApi,
  startPayment,
} from "./services-api";
import { StatusBadge } from "./status-badge";
import { useApiData } from "./use-api-data";

/**
 * "/dich-vu-cong/yeu-cau/$requestId": where a request stands — its number, status and deadline, what
 * the office asked for (with the reply form), the payment, what was declared and the timeline.
 */
export function RequestPage() {
  const t = useServicesT();
  const params: Record<string, string | undefined> = useParams({ strict: false });
  const search: Record<string, unknown> = useSearch({ strict: false });
  const requestId = params.requestId ?? "";
  const request = useApiData(serviceApi.request(requestId), readRequest);
  const services = useApiData(serviceApi.services, readServices);
  const justSent = String(search[serviceSearchKeys.sent]) === "1";

  if (request.state.kind !== "ready")
    return (
      <ServiceFrame title={t("request.number")}>
        <ApiState
          data={request.state}
          pending={request.pending}
          reload={request.reload}
          notFound={t("request.notFound")}
        >
          {() => null}
        </ApiState>
      </ServiceFrame>
    );
  const shown = request.state.data;
  const service =
    services.state.kind === "ready"
      ? services.state.data.find((candidate) => candidate.code === shown.serviceCode)
      : undefined;
  return (
    <RequestDetails
      request={shown}
      service={service}
      justSent={justSent}
      reload={request.reload}
      pending={request.pending}
    />
  );
}

function RequestDetails({
  request,
  service,
  justSent,
  reload,
  pending,
}: {
  request: RequestView;
  service: ServiceView | undefined;
  justSent: boolean;
  reload: () => void;
  pending: boolean;
}) {
  const t = useServicesT();
  const { locale } = useLocale();
  const serviceName = request.serviceName?.[locale] ?? service?.name[locale] ?? request.serviceCode;
  const [replied, setReplied] = useState(false);
  const title = request.number
    ? fill(t("request.title"), { number: request.number })
    : t("request.draftTitle");

  return (
    <ServiceFrame title={title}>
      {justSent && request.number && (
        <div className="mb-6 rounded-md bg-success p-6 text-center text-white">
          <p className="text-2xl font-bold">{t("request.sent")}</p>
          <p className="mt-3 text-lg">{t("request.sentNumber")}</p>
          <p className="text-2xl font-bold break-all">{request.number}</p>
        </div>
      )}
      {justSent && <p className="mb-6 text-lg">{t("request.sentNext")}</p>}

      <dl className="mb-6 border-t border-line/40" aria-busy={pending}>
        <Row label={t("request.service")}>{serviceName}</Row>
        {request.number && <Row label={t("request.number")}>{request.number}</Row>}
        <Row label={t("request.status")}>
          <StatusBadge status={request.status} overdue={request.overdue} />
        </Row>
        {request.submittedAt && (
          <Row label={t("request.submittedAt")}>{formatMoment(request.submittedAt)}</Row>
        )}
        {request.dueOn && isIsoDate(request.dueOn) && (
          <Row label={t("request.due")}>
            {formatDate(request.dueOn)}
            {request.overdue && <strong className="ml-2 text-error">({t("request.overdueNote")})</strong>}
          </Row>
        )}
        {request.office && (
          <Row label={t("request.office")}>
            <span lang="vi">{request.office.name}</span>
          </Row>
        )}
        {request.outcomeNote && (request.status === "completed" || request.status === "rejected") && (
          <Row label={request.status === "rejected" ? t("request.rejectedReason") : t("request.outcome")}>
            <span lang="vi">{request.outcomeNote}</span>
          </Row>
        )}
      </dl>

      {request.status === "draft" && (
        <Link
          to={paths.serviceApply}
          params={{ serviceCode: request.serviceCode }}
          search={{ [serviceSearchKeys.draft]: request.id }}
          className={`${buttonClassName()} mb-6 w-full`}
        >
          {t("request.continue")}
        </Link>
      )}

      {/* Here, not in the reply form: the form goes once the request is back with the office. */}
      <div role="status" className="empty:hidden">
        {replied && (
          <p className="mb-6 border-l-4 border-success bg-white p-4 text-lg font-bold">{t("info.sent")}</p>
        )}
      </div>
      {request.status === "needs_info" && (
        <InfoRequest
          request={request}
          onReplied={() => {
            setReplied(true);
            reload();
          }}
        />
      )}

      {service?.payment && (request.status === "submitted" || request.payment) && (
        <PaymentPanel request={request} />
      )}

      {service && Object.keys(request.answers).length > 0 && (
        <section aria-labelledby="request-answers" className="mt-8">
          <h2 id="request-answers" className="text-xl font-bold">
            {t("request.answers")}
          </h2>
          <AnswerRows
            fields={visibleFields(service.fields, stringValues(request.answers)).filter(
              (field) => request.answers[field.name] !== undefined,
            )}
            answers={request.answers}
          />
        </section>
      )}

      <Timeline events={request.events} />

      <div className="mt-8 flex flex-col gap-3">
        <Button variant="secondary" onClick={reload} disabled={pending}>
          {t("request.reload")}
        </Button>
        <Link to={paths.services} className="inline-flex min-h-touch items-center text-lg">
          {t("request.mine")}
        </Link>
      </div>
    </ServiceFrame>
  );
}

/** The stored answers as the `when` rules read them (an option's value, a number as digits). */
function stringValues(answers: RequestView["answers"]): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).map(([name, value]) => [name, String(value)]));
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-line/40 py-2">
      <dt className="font-bold">{label}</dt>
      <dd className="text-lg break-words">{children}</dd>
    </div>
  );
}

/** What the office asked for, and the reply that sends the request back to it ("Gửi bổ sung"). */
function InfoRequest({ request, onReplied }: { request: RequestView; onReplied: () => void }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const { sending, sendOnce } = useSendOnce();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<Said | null>(null);
  const [detail, setDetail] = useState<Said | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const text = message.trim();
    if (text === "" || text.length > 1000) {
      setError(bothLanguages(text === "" ? "info.required" : "info.tooLong"));
      document.getElementById("message")?.focus();
      return;
    }
    await sendOnce(async () => {
      const reply = await sendReply(request.id, text, locale);
      if (reply.kind === "answer" && reply.ok) {
        setError(null);
        setDetail(null);
        onReplied();
        return;
      }
      const own = fieldText(reply, "body.message", locale);
      setError(own ?? null);
      setDetail(own ? null : refusalOf(reply, "check.unavailable").detail);
    });
  }

  return (
    <section aria-labelledby="info-request" className="mb-6 rounded-md border-l-4 border-error bg-white p-4">
      <h2 id="info-request" className="text-xl font-bold">
        {t("info.heading")}
      </h2>
      {request.infoRequest && (
        <p className="mt-2 text-lg whitespace-pre-line" lang="vi">
          {request.infoRequest}
        </p>
      )}
      <form noValidate onSubmit={onSubmit} className="mt-4">
        <TextAreaField
          id="message"
          name="message"
          label={t("info.message")}
          hint={t("info.messageHint")}
          error={error === null ? undefined : textOf(error, locale)}
          value={message}
          onValueChange={(value) => {
            setMessage(value);
            setError(null);
          }}
          maxLength={1000}
          aria-required
        />
        <div role="alert" className="empty:hidden">
          {detail !== null && <p className="mb-4 text-lg font-bold text-error">{textOf(detail, locale)}</p>}
        </div>
        <Button type="submit" className="w-full" disabled={sending}>
          {sending ? t("info.sending") : t("info.send")}
        </Button>
      </form>
    </section>
  );
}

/**
 * The payment of a paid service: the amount and state of the last attempt, and "Thanh toán" (or
 * "Thanh toán lại") while the request still waits for one. The key of an attempt is kept across retries
 * of the same tap, so a lost answer does not start two payments.
 */
function PaymentPanel({ request }: { request: RequestView }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const { sending, sendOnce } = useSendOnce();
  const attemptKey = useRef(newKey());
  const [failed, setFailed] = useState<Said | null>(null);
  const payment = request.payment;
  const payable = request.status === "submitted" && payment?.status !== "confirmed";

  async function pay(): Promise<void> {
    await sendOnce(async () => {
      setFailed(null);
      const reply = await startPayment(request.id, attemptKey.current, locale);
      const started = reply.kind === "answer" && reply.ok ? readPaymentStart(reply.body) : null;
      if (started) {
        window.location.assign(started.payUrl);
        return;
      }
      setFailed(reply.kind === "answer" && reply.message ? reply.message : bothLanguages("pay.failed"));
    });
  }

  return (
    <section aria-labelledby="payment" className="mb-6 rounded-md bg-white p-4">
      <h2 id="payment" className="text-xl font-bold">
        {t("pay.heading")}
      </h2>
      {payable && !payment && <p className="mt-2 text-lg">{t("pay.needed")}</p>}
      {payment && (
        <dl className="mt-2">
          <Row label={t("pay.amount")}>{formatVnd(payment.amount)}</Row>
          <Row label={t("pay.status")}>
            {t(`pay.status.${payment.status}` as ServicesMessageKey)}
            {payment.settledAt && payment.status === "confirmed" && (
              <span className="block text-muted">
                {fill(t("pay.paidOn"), { time: formatMoment(payment.settledAt) })}
              </span>
            )}
            {payment.failureReason && (
              <span className="block text-muted">{failureText(payment.failureReason, t)}</span>
            )}
          </Row>
        </dl>
      )}
      {payable && payment?.status === "pending" && <p className="mt-2 text-lg">{t("pay.pendingNote")}</p>}
      <div role="alert" className="empty:hidden">
        {failed !== null && <p className="mt-3 text-lg font-bold text-error">{textOf(failed, locale)}</p>}
      </div>
      {payable && (
        <Button className="mt-4 w-full" onClick={() => void pay()} disabled={sending}>
          {sending ? t("pay.starting") : payment ? t("pay.payAgain") : t("pay.pay")}
        </Button>
      )}
    </section>
  );
}

const failureReasons = ["declined", "abandoned", "timed_out", "amount_mismatch"] as const;

/** Why a payment did not go through, in words; a reason this app does not know is shown as sent. */
function failureText(reason: string, t: (key: ServicesMessageKey) => string): string {
  const known = failureReasons.find((candidate) => candidate === reason);
  return known ? t(`pay.reason.${known}`) : reason;
}

/** What has happened to the request, newest first, each step dated dd/MM/yyyy HH:mm. */
function Timeline({ events }: { events: RequestEvent[] }) {
  const t = useServicesT();
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="request-timeline" className="mt-8">
      <h2 id="request-timeline" className="text-xl font-bold">
        {t("request.timeline")}
      </h2>
      {sorted.length === 0 ? (
        <p className="mt-2 text-lg">{t("request.timelineEmpty")}</p>
      ) : (
        <ol className="mt-3 border-l-4 border-brand pl-4">
          {sorted.map((event) => (
            <li key={`${event.at}-${event.action}`} className="relative mb-5">
              <span
                aria-hidden="true"
                className="absolute top-2 -left-[1.6rem] size-3 rounded-full bg-brand"
              />
              <p className="font-bold">{eventText(event, t)}</p>
              <p className="text-muted">
                <time dateTime={event.at}>{formatMoment(event.at)}</time> · {t(`actor.${event.actor}`)}
              </p>
              {event.note && (
                <p className="mt-1 text-lg whitespace-pre-line" lang="vi">
                  {event.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An event in words: by its action when this app knows it, else by the status it led to. */
function eventText(event: RequestEvent, t: (key: ServicesMessageKey) => string): string {
  const byAction = `event.${event.action}`;
  if (isMessageKey(byAction)) return t(byAction);
  if (event.toStatus) return t(`status.${event.toStatus}`);
  return event.action;
}

function isMessageKey(key: string): key is ServicesMessageKey {
  return Object.hasOwn(vi, key);
}
