import { Button, useLocale } from "@ansinh/ui";
import { Link, Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { paths } from "../paths";
import { en } from "./i18n/en";
import { useRegistrationT } from "./i18n/messages";
import { vi } from "./i18n/vi";
import { useOffices } from "./offices";
import {
  currentRegistration,
  firstIncompleteStep,
  markSent,
  photoSides,
  type RegistrationField,
  setProblem,
  setReturnToCheck,
  useRegistration,
} from "./registration-store";
import { StepErrorSummary, type SummaryItem } from "./step-error-summary";
import { StepPage } from "./step-page";
import { submitRegistration, textIn } from "./submit-registration";
import { detailFields, normaliseDetails } from "./validate-details";

/** The step where each field is answered, in the order of the journey. */
const stepOfField: ReadonlyArray<readonly [RegistrationField, string]> = [
  ...detailFields.map((field) => [field, paths.register] as const),
  ...photoSides.map((side) => [side, paths.registerPhotos] as const),
  ["officeCode", paths.registerOffice],
];

/** Step 4, "Kiểm tra thông tin": every answer with a way back to change it, then "Gửi". */
export function CheckStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const { state: offices } = useOffices();
  const [sending, setSending] = useState(false);
  // A second tap can arrive before React has re-rendered the disabled button.
  const sendingNow = useRef(false);
  const accepted = useRef(false);

  // Arriving here ends a change: "Tiếp tục" on the steps leads forward again.
  useEffect(() => setReturnToCheck(false), []);

  // Once the server has accepted the form it is emptied, and this page gives way to the receipt.
  if (accepted.current) return <Navigate to={paths.registerSent} replace />;
  const incomplete = firstIncompleteStep(registration);
  if (incomplete) return <Navigate to={incomplete} replace />;

  const details = normaliseDetails(registration.details);
  const office =
    offices.kind === "loaded"
      ? offices.offices.find((candidate) => candidate.code === registration.officeCode)
      : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending(true);
    try {
      const form = currentRegistration();
      const reply = await submitRegistration(form, locale);
      if (reply.kind === "accepted") {
        accepted.current = true;
        markSent({
          dossierNumber: reply.dossierNumber,
          officeName: reply.officeName || (office?.name ?? ""),
          phone: normaliseDetails(form.details).phone,
        });
        return;
      }
      if (reply.kind === "unavailable") {
        setProblem({ detail: { vi: vi["check.unavailable"], en: en["check.unavailable"] }, fields: {} });
        return;
      }
      setProblem(reply.problem);
      // Field problems are shown on the step where that field is answered; the first such step opens.
      const step = stepOfField.find(([field]) => reply.problem.fields[field])?.[1];
      if (step) {
        setReturnToCheck(true);
        await navigate({ to: step });
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  const problem = registration.problem;
  const items: SummaryItem[] = problem
    ? stepOfField.flatMap(([field, step]) => {
        const text = problem.fields[field];
        return text ? [{ fieldId: field, message: textIn(text, locale), step }] : [];
      })
    : [];
  const detail = problem?.detail ? textIn(problem.detail, locale) : null;

  return (
    <StepPage
      step={4}
      back={paths.registerOffice}
      title={t("check.title")}
      errorSummary={
        problem && <StepErrorSummary key={registration.problemCount} detail={detail} items={items} />
      }
    >
      <p className="mb-6 text-lg">{t("check.lead")}</p>

      <h2 className="text-xl font-bold">{t("check.detailsHeading")}</h2>
      <dl className="mt-2 mb-8 border-t border-line/40">
        <AnswerRow label={t("check.field.bhxhNumber")} step={paths.register} changeLabel={t("check.change")}>
          {details.bhxhNumber}
        </AnswerRow>
        <AnswerRow label={t("check.field.fullName")} step={paths.register} changeLabel={t("check.change")}>
          {details.fullName}
        </AnswerRow>
        <AnswerRow label={t("check.field.nationalId")} step={paths.register} changeLabel={t("check.change")}>
          {details.nationalId}
        </AnswerRow>
        <AnswerRow label={t("check.field.phone")} step={paths.register} changeLabel={t("check.change")}>
          {details.phone}
        </AnswerRow>
        <AnswerRow label={t("check.field.email")} step={paths.register} changeLabel={t("check.change")}>
          {details.email || t("check.emailNone")}
        </AnswerRow>
      </dl>

      <h2 className="text-xl font-bold">{t("check.photosHeading")}</h2>
      <dl className="mt-2 mb-8 border-t border-line/40">
        <AnswerRow
          label={t("check.field.photos")}
          step={paths.registerPhotos}
          changeLabel={t("check.change")}
        >
          <span className="mt-1 grid grid-cols-2 gap-3">
            {photoSides.map((side) => (
              <img
                key={side}
                src={registration.photos[side]?.url}
                alt={t(`photos.${side}.alt`)}
                className="aspect-[3/2] w-full rounded-md border-2 border-line bg-white object-contain"
              />
            ))}
          </span>
        </AnswerRow>
      </dl>

      <h2 className="text-xl font-bold">{t("check.officeHeading")}</h2>
      <dl className="mt-2 mb-8 border-t border-line/40">
        <AnswerRow
          label={t("check.field.office")}
          step={paths.registerOffice}
          changeLabel={t("check.change")}
        >
          {office ? (
            <>
              <span className="block">{office.name}</span>
              {office.address && <span className="block text-muted">{office.address}</span>}
            </>
          ) : (
            registration.officeCode
          )}
        </AnswerRow>
      </dl>

      <h2 className="text-xl font-bold">{t("check.sendHeading")}</h2>
      <p className="mt-2 mb-6 text-lg">{t("check.declaration")}</p>
      <form noValidate onSubmit={onSubmit}>
        <Button type="submit" className="w-full" disabled={sending} aria-disabled={sending}>
          {sending ? t("check.submitting") : t("check.submit")}
        </Button>
      </form>
    </StepPage>
  );
}

interface AnswerRowProps {
  label: string;
  step: string;
  changeLabel: string;
  children: ReactNode;
}

/** A GOV.UK summary-list row: the question, the answer, and "Thay đổi" (naming the question for screen readers). */
function AnswerRow({ label, step, changeLabel, children }: AnswerRowProps) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 border-b border-line/40 py-3">
      <dt className="w-full font-bold">{label}</dt>
      <dd className="min-w-0 flex-1 text-lg break-words">{children}</dd>
      <dd>
        <Link
          to={step}
          onClick={() => setReturnToCheck(true)}
          className="inline-flex min-h-touch min-w-touch items-center text-lg"
        >
          {changeLabel}
          <span className="sr-only"> {label}</span>
        </Link>
      </dd>
    </div>
  );
}
