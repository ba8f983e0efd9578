import { formatVietnamTime } from "@ansinh/domain";
import { Button, buttonClassName, ErrorSummary, useLocale, useSendOnce } from "@ansinh/ui";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { type FormEvent, useEffect } from "react";
import { paths, serviceSearchKeys } from "../paths";
import { checkValues, valuesOf, visibleFields } from "./answers";
import { ApiState } from "./api-state";
import { AnswerInput } from "./fields/answer-input";
import {
  clearProblems,
  currentServiceForm,
  markSaved,
  openServiceForm,
  type ServiceForm,
  setProblems,
  setValue,
  useServiceForm,
} from "./form-store";
import { fill, useServicesT } from "./i18n/messages";
import { refusalOf, textOf } from "./refusal";
import { childAccountCode } from "./service-catalogue";
import { ServiceFrame } from "./service-frame";
import {
  type RequestView,
  readRequest,
  readServices,
  type ServiceView,
  saveRequest,
  serviceApi,
} from "./services-api";
import { useApiData } from "./use-api-data";

/** The route's service code and the draft it reopens (`?ho-so=`), from the address bar. */
export function useApplyTarget(): { serviceCode: string; draftId: string | null } {
  const params: Record<string, string | undefined> = useParams({ strict: false });
  const search: Record<string, unknown> = useSearch({ strict: false });
  const draft = search[serviceSearchKeys.draft];
  return {
    serviceCode: params.serviceCode ?? "",
    draftId: typeof draft === "string" && draft !== "" ? draft : null,
  };
}

/**
 * "/dich-vu-cong/nop/$serviceCode": a service's form, drawn from its fields — no screen of its own per
 * service. "Kiểm tra" checks the answers with the API's own schema and opens the check page;
 * "Lưu nháp" keeps an incomplete application on the server, to continue later from "Hồ sơ của tôi".
 */
export function ApplyPage() {
  const t = useServicesT();
  const { locale } = useLocale();
  const { serviceCode, draftId } = useApplyTarget();
  const services = useApiData(serviceApi.services, readServices);
  const form = useServiceForm();
  const draft = useApiData(draftId === null ? null : serviceApi.request(draftId), readRequest);
  const service =
    services.state.kind === "ready" ? services.state.data.find((s) => s.code === serviceCode) : undefined;

  const title = service ? service.name[locale] : t("sv.back");
  if (services.state.kind !== "ready")
    return (
      <ServiceFrame title={title}>
        <ApiState data={services.state} pending={services.pending} reload={services.reload}>
          {() => null}
        </ApiState>
      </ServiceFrame>
    );
  if (!service)
    return (
      <ServiceFrame title={title}>
        <p className="text-lg">{t("form.unknownService")}</p>
      </ServiceFrame>
    );
  if (service.code === childAccountCode)
    return (
      <ServiceFrame title={title}>
        <p className="text-lg">{t("form.childAccount")}</p>
        <Link to={paths.childRegister} className={`${buttonClassName()} mt-4 w-full`}>
          {t("form.childAccountLink")}
        </Link>
      </ServiceFrame>
    );
  if (!service.available)
    return (
      <ServiceFrame title={title}>
        <p className="rounded-md bg-white p-4 text-lg">
          {t("form.notAvailable")} {service.unavailableReason?.[locale]}
        </p>
      </ServiceFrame>
    );
  // A draft already open in this tab (just saved, or back from the check page) is shown as typed.
  const open = form?.serviceCode === service.code && form.draftId === draftId;
  if (draftId === null || open) return <FormLoaded service={service} draftId={draftId} draft={null} />;
  if (draft.state.kind !== "ready")
    return (
      <ServiceFrame title={title}>
        <ApiState
          data={draft.state}
          pending={draft.pending}
          reload={draft.reload}
          notFound={t("request.notFound")}
        >
          {() => null}
        </ApiState>
      </ServiceFrame>
    );
  const request = draft.state.data;
  if (request.status === "draft") return <FormLoaded service={service} draftId={draftId} draft={request} />;
  return (
    <ServiceFrame title={title}>
      <p className="text-lg">{t("form.notDraft")}</p>
      <Link
        to={paths.serviceRequest}
        params={{ requestId: request.id }}
        className={`${buttonClassName()} mt-4 w-full`}
      >
        {t("form.openRequest")}
      </Link>
    </ServiceFrame>
  );
}

/** Opens the form in the tab's store (with a reopened draft's answers) once the service is known. */
function FormLoaded({
  service,
  draftId,
  draft,
}: {
  service: ServiceView;
  draftId: string | null;
  draft: RequestView | null;
}) {
  const form = useServiceForm();
  useEffect(() => {
    openServiceForm(service.code, draftId, valuesOf(service.fields, draft?.answers ?? {}));
  }, [service, draftId, draft]);
  const ready = form && form.serviceCode === service.code && (draftId === null || form.draftId === draftId);
  return ready ? <ServiceFormView service={service} form={form} /> : null;
}

function ServiceFormView({ service, form }: { service: ServiceView; form: ServiceForm }) {
  const t = useServicesT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { sending: saving, sendOnce } = useSendOnce();
  const shown = visibleFields(service.fields, form.values);
  const summary = shown.flatMap((field) => {
    const error = form.errors[field.name];
    return error ? [{ fieldId: field.name, message: error[locale] }] : [];
  });
  const hasProblem = summary.length > 0 || form.detail !== null;

  function onCheck(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const checked = checkValues(service.fields, form.values, "complete");
    if (!checked.ok) {
      setProblems(checked.errors, null);
      return;
    }
    clearProblems();
    void navigate({
      to: paths.serviceCheck,
      params: { serviceCode: service.code },
      search: form.draftId ? { [serviceSearchKeys.draft]: form.draftId } : {},
    });
  }

  async function onSave(): Promise<void> {
    await sendOnce(async () => {
      const current = currentServiceForm() ?? form;
      const checked = checkValues(service.fields, current.values, "draft");
      if (!checked.ok) {
        setProblems(checked.errors, null);
        return;
      }
      const reply = await saveRequest(
        {
          serviceCode: service.code,
          answers: checked.answers,
          submit: false,
          submissionKey: current.submissionKey,
          draftId: current.draftId,
        },
        locale,
      );
      const saved = reply.kind === "answer" && reply.ok ? readRequest(reply.body) : null;
      if (!saved) {
        const refusal = refusalOf(reply, "form.unavailable");
        setProblems(refusal.errors, refusal.detail);
        return;
      }
      markSaved(saved.id, new Date().toISOString());
      // The address now names the draft: reloading the page, or coming back to it, continues it.
      await navigate({
        to: paths.serviceApply,
        params: { serviceCode: service.code },
        search: { [serviceSearchKeys.draft]: saved.id },
        replace: true,
      });
    });
  }

  return (
    <ServiceFrame
      title={service.name[locale]}
      lead={service.description[locale]}
      errorSummary={
        hasProblem && (
          <ErrorSummary
            key={form.attempts}
            errors={summary}
            detail={form.detail === null ? null : textOf(form.detail, locale)}
          />
        )
      }
    >
      <form noValidate onSubmit={onCheck}>
        {shown.length === 0 ? (
          <p className="mb-6 text-lg">{t("form.noFields")}</p>
        ) : (
          shown.some((field) => !field.required) && <p className="mb-6 text-muted">{t("form.lead")}</p>
        )}
        {shown.map((field) => (
          <AnswerInput
            key={field.name}
            field={field}
            value={form.values[field.name] ?? ""}
            error={form.errors[field.name]?.[locale]}
            onValueChange={(value) => setValue(field.name, value)}
          />
        ))}
        <DocumentList service={service} />
        <p role="status" className="mb-4 text-lg empty:hidden">
          {form.savedAt && !saving
            ? fill(t("form.saved"), { time: formatVietnamTime(form.savedAt).split(" ")[0] ?? "" })
            : ""}
        </p>
        <div className="flex flex-col gap-3">
          <Button type="submit" className="w-full">
            {t("form.check")}
          </Button>
          <Button variant="secondary" className="w-full" onClick={() => void onSave()} disabled={saving}>
            {saving ? t("form.saving") : t("form.save")}
          </Button>
        </div>
      </form>
    </ServiceFrame>
  );
}

/** The papers the service needs (brought to the office or kept ready), so nobody is surprised later. */
function DocumentList({ service }: { service: ServiceView }) {
  const t = useServicesT();
  const { locale } = useLocale();
  if (service.documents.length === 0) return null;
  return (
    <section aria-labelledby="service-documents" className="mb-6">
      <h2 id="service-documents" className="text-xl font-bold">
        {t("form.documents")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        {service.documents.map((document) => (
          <li key={document.code}>
            {document.name[locale]}{" "}
            {document.required && <span className="text-muted">{t("form.documentRequired")}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
