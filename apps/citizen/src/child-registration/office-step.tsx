import { useLocale } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import type { Me } from "../account/session";
import { paths } from "../paths";
import { useRegistrationT } from "../registration/i18n/messages";
import { OfficePicker } from "../registration/office-picker";
import { useOffices } from "../registration/offices";
import { provinceOfBhxhNumber } from "../registration/provinces";
import { StepErrorSummary } from "../registration/step-error-summary";
import { StepPage } from "../registration/step-page";
import { textIn } from "../registration/submit-registration";
import { childStepAfter, firstIncompleteChildStep } from "./child-steps";
import { currentChildForm, setChildOffice, useChildForm } from "./child-store";
import { useChildT } from "./i18n/messages";
import { ParentOnly } from "./parent-only";

/** Step 3: the office that reviews the dossier, preset to the parent's province office. */
export function ChildOfficeStep() {
  return <ParentOnly>{(parent) => <OfficeForm parent={parent} />}</ParentOnly>;
}

function OfficeForm({ parent }: { parent: Me }) {
  const t = useChildT();
  const tr = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const form = useChildForm();
  const { state: offices, retry } = useOffices();
  const [attempts, setAttempts] = useState(0);

  const before = firstIncompleteChildStep({ ...form, officeCode: "-" }, parent.bhxhNumber);
  if (before) return <Navigate to={before} replace />;

  const chosen =
    offices.kind === "loaded" && offices.offices.some((office) => office.code === form.officeCode);
  const server = form.problem?.fields.officeCode;
  const error = attempts > 0 && !chosen ? tr("office.required") : server && textIn(server, locale);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (chosen)
      void navigate({ to: childStepAfter(currentChildForm(), parent.bhxhNumber, paths.childRegisterCheck) });
    else setAttempts((count) => count + 1);
  }

  return (
    <StepPage
      step={3}
      back={paths.childRegisterPhotos}
      title={tr("office.title")}
      errorSummary={
        error && (
          <StepErrorSummary
            key={`${attempts}-${form.problemCount}`}
            detail={server && form.problem?.detail ? textIn(form.problem.detail, locale) : null}
            items={[{ fieldId: "officeCode", message: error }]}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{t("office.lead")}</p>
      <OfficePicker
        offices={offices}
        retry={retry}
        ownProvince={provinceOfBhxhNumber(parent.bhxhNumber)}
        value={form.officeCode}
        onChange={setChildOffice}
        error={error || undefined}
        onSubmit={onSubmit}
      />
    </StepPage>
  );
}
