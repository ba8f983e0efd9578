import { useLocale, useSendOnce } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef } from "react";
import { paths } from "../paths";
import { AnswerList, OfficeAnswer, PhotoAnswers } from "./answer-list";
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
import { SendButton } from "./send-button";
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

/** A "Thay đổi" link, or an error summary link, opens an earlier step whose "Tiếp tục" leads back here. */
const returnToCheck = () => setReturnToCheck(true);

/** Step 4, "Kiểm tra thông tin": every answer with a way back to change it, then "Gửi". */
export function CheckStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const { state: offices } = useOffices();
  const { sending, sendOnce } = useSendOnce();
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
      : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    await sendOnce(async () => {
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
    });
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
        problem && (
          <StepErrorSummary
            key={registration.problemCount}
            detail={detail}
            items={items}
            onFollowStep={returnToCheck}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{t("check.lead")}</p>

      <AnswerList
        heading={t("check.detailsHeading")}
        change={{ step: paths.register, onFollow: returnToCheck }}
        answers={[
          { label: t("check.field.bhxhNumber"), answer: details.bhxhNumber },
          { label: t("check.field.fullName"), answer: details.fullName },
          { label: t("check.field.nationalId"), answer: details.nationalId },
          { label: t("check.field.phone"), answer: details.phone },
          { label: t("check.field.email"), answer: details.email || t("check.emailNone") },
        ]}
      />

      <PhotoAnswers
        heading={t("check.photosHeading")}
        label={t("check.field.photos")}
        shape="card"
        photos={photoSides.map((side) => ({
          url: registration.photos[side]?.url,
          alt: t(`photos.${side}.alt`),
        }))}
        change={{ step: paths.registerPhotos, onFollow: returnToCheck }}
      />

      <OfficeAnswer
        office={office}
        officeCode={registration.officeCode}
        change={{ step: paths.registerOffice, onFollow: returnToCheck }}
      />

      <h2 className="text-xl font-bold">{t("check.sendHeading")}</h2>
      <p className="mt-2 mb-6 text-lg">{t("check.declaration")}</p>
      <form noValidate onSubmit={onSubmit}>
        <SendButton sending={sending} />
      </form>
    </StepPage>
  );
}
