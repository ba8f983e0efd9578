import { useLocale } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { paths } from "../paths";
import { useRegistrationT } from "./i18n/messages";
import { OfficePicker } from "./office-picker";
import { useOffices } from "./offices";
import { provinceOfBhxhNumber } from "./provinces";
import {
  currentRegistration,
  detailsComplete,
  photosComplete,
  setOfficeCode,
  stepAfter,
  useRegistration,
} from "./registration-store";
import { StepErrorSummary } from "./step-error-summary";
import { StepPage } from "./step-page";
import { textIn } from "./submit-registration";
import { digitsOf } from "./validate-details";

/** Step 3, "Nơi tiếp nhận": the office that reviews the dossier, preset to the person's province office. */
export function OfficeStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const { state: offices, retry } = useOffices();
  // Counted, so that the error summary takes focus again on each "Tiếp tục" without a choice.
  const [attempts, setAttempts] = useState(0);

  if (!detailsComplete(registration)) return <Navigate to={paths.register} replace />;
  if (!photosComplete(registration)) return <Navigate to={paths.registerPhotos} replace />;

  const chosen =
    offices.kind === "loaded" && offices.offices.some((office) => office.code === registration.officeCode);
  const serverError = registration.problem?.fields.officeCode;
  const error =
    attempts > 0 && !chosen ? t("office.required") : serverError ? textIn(serverError, locale) : undefined;
  const detail =
    serverError && registration.problem?.detail ? textIn(registration.problem.detail, locale) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!chosen) {
      setAttempts((count) => count + 1);
      return;
    }
    void navigate({ to: stepAfter(currentRegistration(), paths.registerCheck) });
  }

  return (
    <StepPage
      step={3}
      back={paths.registerPhotos}
      title={t("office.title")}
      errorSummary={
        error && (
          <StepErrorSummary
            key={`${attempts}-${registration.problemCount}`}
            detail={detail}
            items={[{ fieldId: "officeCode", message: error }]}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{t("office.lead")}</p>
      <OfficePicker
        offices={offices}
        retry={retry}
        ownProvince={provinceOfBhxhNumber(digitsOf(registration.details.bhxhNumber))}
        value={registration.officeCode}
        onChange={setOfficeCode}
        error={error}
        onSubmit={onSubmit}
      />
    </StepPage>
  );
}
