import { Button, TextField, useLocale } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { paths } from "../paths";
import { type RegistrationMessageKey, useRegistrationT } from "./i18n/messages";
import { currentRegistration, setDetail, stepAfter, useRegistration } from "./registration-store";
import { StepErrorSummary } from "./step-error-summary";
import { StepPage } from "./step-page";
import { textIn } from "./submit-registration";
import { type DetailField, detailFields, validateDetails } from "./validate-details";

/** Step 1, "Thông tin": who is registering. */
export function DetailsStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const [errors, setErrors] = useState<Partial<Record<DetailField, RegistrationMessageKey>>>({});
  // Counts failed attempts; the summary's key, so it takes focus again each time.
  const [attempts, setAttempts] = useState(0);

  const serverFields = registration.problem?.fields ?? {};
  function errorOf(field: DetailField): string | undefined {
    const key = errors[field];
    if (key) return t(key);
    const server = serverFields[field];
    return server ? textIn(server, locale) : undefined;
  }
  const items = detailFields.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ fieldId: field, message }] : [];
  });
  const serverHere = detailFields.some((field) => serverFields[field]);
  const detail =
    serverHere && registration.problem?.detail ? textIn(registration.problem.detail, locale) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const found = validateDetails(registration.details);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    void navigate({ to: stepAfter(currentRegistration(), paths.registerPhotos) });
  }

  function bind(field: DetailField) {
    return {
      id: field,
      name: field,
      value: registration.details[field],
      onValueChange: (value: string) => setDetail(field, value),
      error: errorOf(field),
      label: t(`details.${field}.label`),
      hint: t(`details.${field}.hint`),
      spellCheck: false,
    };
  }

  const showSummary = items.length > 0 && (attempts > 0 || serverHere);
  return (
    <StepPage
      step={1}
      title={t("details.title")}
      errorSummary={
        showSummary && (
          <StepErrorSummary key={`${attempts}-${registration.problemCount}`} detail={detail} items={items} />
        )
      }
    >
      <p className="mb-6 text-lg">{t("details.lead")}</p>
      {registration.restored && registration.details.nationalId === "" && (
        <p className="mb-6 border-l-4 border-brand bg-white p-4">{t("details.restored")}</p>
      )}
      <form noValidate onSubmit={onSubmit}>
        <TextField {...bind("bhxhNumber")} inputMode="numeric" autoComplete="off" aria-required="true" />
        <p className="-mt-4 mb-6">
          <Link to={paths.lookUpNumber}>{t("details.bhxhNumber.lookUp")}</Link>
        </p>
        <TextField {...bind("fullName")} autoComplete="name" autoCapitalize="words" aria-required="true" />
        <TextField {...bind("nationalId")} inputMode="numeric" autoComplete="off" aria-required="true" />
        <TextField
          {...bind("phone")}
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          aria-required="true"
        />
        <TextField {...bind("email")} type="email" autoComplete="email" autoCapitalize="none" />
        <Button type="submit" className="w-full">
          {t("reg.continue")}
        </Button>
      </form>
    </StepPage>
  );
}
