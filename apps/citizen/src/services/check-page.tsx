import { formatVnd, vietnamDate } from "@ansinh/domain";
import { Button, ErrorSummary, useLocale, useSendOnce } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { getReply } from "../account/api-reply";
import { paths, serviceSearchKeys } from "../paths";
import { AnswerRows } from "./answer-rows";
import { checkValues, visibleFields } from "./answers";
import { ApiState } from "./api-state";
import { useApplyTarget } from "./apply-page";
import {
  closeServiceForm,
  currentServiceForm,
  type ServiceForm,
  setProblems,
  useServiceForm,
} from "./form-store";
import { fill, useServicesT } from "./i18n/messages";
import { paymentEstimate } from "./payment-estimate";
import { refusalOf, textOf } from "./refusal";
import { ServiceFrame } from "./service-frame";
import { readRequest, readServices, type ServiceView, saveRequest, serviceApi } from "./services-api";
import { useApiData } from "./use-api-data";

/**
 * "Kiểm tra thông tin trước khi gửi": every answer with "Thay đổi" back to its question, what happens
 * next (the deadline, a payment), then "Gửi". A page opened without a checked form in this tab (a
 * reload, a bookmark) goes back to the form.
 */
export function CheckPage() {
  const { serviceCode, draftId } = useApplyTarget();
  const form = useServiceForm();
  const services = useApiData(serviceApi.services, readServices);
  const t = useServicesT();
  const formSearch: Record<string, string> = draftId ? { [serviceSearchKeys.draft]: draftId } : {};

  if (!form || form.serviceCode !== serviceCode)
    return <Navigate to={paths.serviceApply} params={{ serviceCode }} search={formSearch} replace />;
  if (services.state.kind !== "ready")
    return (
      <ServiceFrame title={t("check.title")}>
        <ApiState data={services.state} pending={services.pending} reload={services.reload}>
          {() => null}
        </ApiState>
      </ServiceFrame>
    );
  const service = services.state.data.find((candidate) => candidate.code === serviceCode);
  if (!service) return <Navigate to={paths.services} replace />;
  return <CheckAnswers service={service} form={form} />;
}

function CheckAnswers({ service, form }: { service: ServiceView; form: ServiceForm }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { sending, sendOnce } = useSendOnce();
  const formSearch: Record<string, string> = form.draftId ? { [serviceSearchKeys.draft]: form.draftId } : {};
  const toForm = { to: paths.serviceApply, params: { serviceCode: service.code }, search: formSearch };

  const checked = checkValues(service.fields, form.values, "complete");
  // Answers that no longer pass (e.g. a date that has become today) are fixed on the form.
  if (!checked.ok) return <Navigate {...toForm} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    await sendOnce(async () => {
      const current = currentServiceForm() ?? form;
      const reply = await saveRequest(
        {
          serviceCode: service.code,
          answers: checked.ok ? checked.answers : {},
          submit: true,
          submissionKey: current.submissionKey,
          draftId: current.draftId,
        },
        locale,
      );
      let sent = reply.kind === "answer" && reply.ok ? readRequest(reply.body) : null;
      // A draft sent twice (the first answer lost on the way) is refused as no longer a draft: if it
      // was sent, that is the outcome the person wanted.
      if (!sent && current.draftId && reply.kind === "answer" && reply.status === 409) {
        const again = await getReply(serviceApi.request(current.draftId), locale);
        const request = again.kind === "answer" && again.ok ? readRequest(again.body) : null;
        if (request && request.status !== "draft") sent = request;
      }
      if (sent) {
        // Leave first: emptied while still shown, this page would send the person back to the form.
        await navigate({
          to: paths.serviceRequest,
          params: { requestId: sent.id },
          // A number: the router writes it as "?da-gui=1" (a string "1" would be quoted).
          search: { [serviceSearchKeys.sent]: 1 },
        });
        closeServiceForm();
        return;
      }
      const refusal = refusalOf(reply, "check.unavailable");
      setProblems(refusal.errors, refusal.detail);
      // A problem with an answer is fixed at its question, on the form.
      if (Object.keys(refusal.errors).length > 0) await navigate(toForm);
    });
  }

  const shown = visibleFields(service.fields, form.values);
  const estimate = paymentEstimate(service.payment, service.fields, checked.answers, vietnamDate(new Date()));
  return (
    <ServiceFrame
      title={t("check.title")}
      back={{
        to: paths.serviceApply,
        label: service.name[locale],
        params: toForm.params,
        search: formSearch,
      }}
      errorSummary={
        form.detail !== null && (
          <ErrorSummary key={form.attempts} errors={[]} detail={textOf(form.detail, locale)} deferFocus />
        )
      }
    >
      <p className="mb-6 text-lg">{t("check.lead")}</p>
      <h2 className="text-xl font-bold">{t("check.serviceHeading")}</h2>
      <p className="mt-2 mb-8 border-y border-line/40 py-3 text-lg">{service.name[locale]}</p>

      {shown.length > 0 && (
        <>
          <h2 className="text-xl font-bold">{t("check.answersHeading")}</h2>
          <AnswerRows fields={shown} answers={checked.answers} change={toForm} />
        </>
      )}

      <h2 className="text-xl font-bold">{t("check.sendHeading")}</h2>
      {service.workingDays > 0 && (
        <p className="mt-2 text-lg">{fill(t("check.deadline"), { n: service.workingDays })}</p>
      )}
      {service.payment && <p className="mt-2 text-lg font-bold">{t("check.payment")}</p>}
      {estimate !== null && (
        <p className="mt-2 text-lg" data-testid="payment-estimate">
          {fill(t("check.estimate"), { amount: formatVnd(estimate) })}
        </p>
      )}
      <p className="mt-2 mb-6 text-lg">{t("check.declaration")}</p>
      <form noValidate onSubmit={onSubmit}>
        <Button type="submit" className="w-full" disabled={sending} aria-disabled={sending}>
          {sending ? t("check.sending") : t("check.send")}
        </Button>
      </form>
    </ServiceFrame>
  );
}
