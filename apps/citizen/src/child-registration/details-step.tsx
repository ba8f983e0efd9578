import { Button, TextField, useLocale } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import type { Me } from "../account/session";
import { paths } from "../paths";
import { fill, useRegistrationT } from "../registration/i18n/messages";
import { StepErrorSummary } from "../registration/step-error-summary";
import { StepPage } from "../registration/step-page";
import { textIn } from "../registration/submit-registration";
import { childDetailErrors, childStepAfter } from "./child-steps";
import {
  type ChildDetailField,
  childDetailFields,
  currentChildForm,
  setChildDetail,
  useChildForm,
} from "./child-store";
import { useChildT } from "./i18n/messages";
import { ParentOnly } from "./parent-only";

/** Step 1: which child — the BHXH number and the full name, as on the child's health insurance card. */
export function ChildDetailsStep() {
  return <ParentOnly>{(parent) => <DetailsForm parent={parent} />}</ParentOnly>;
}

function DetailsForm({ parent }: { parent: Me }) {
  const t = useChildT();
  const tr = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const form = useChildForm();
  // Shown after the first "Tiếp tục"; counted, so the summary takes focus again on each attempt.
  const [attempts, setAttempts] = useState(0);

  const ownErrors = attempts > 0 ? childDetailErrors(form, parent.bhxhNumber) : {};
  const errorOf = (field: ChildDetailField) => {
    const key = ownErrors[field];
    const server = form.problem?.fields[field];
    return key ? t(key) : server && textIn(server, locale);
  };
  const items = childDetailFields.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ fieldId: field, message }] : [];
  });
  const serverHere = childDetailFields.some((field) => form.problem?.fields[field]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (Object.keys(childDetailErrors(currentChildForm(), parent.bhxhNumber)).length > 0) return;
    void navigate({ to: childStepAfter(currentChildForm(), parent.bhxhNumber, paths.childRegisterPhotos) });
  }

  const field = (name: ChildDetailField) => ({
    id: name,
    name,
    value: form.details[name],
    onValueChange: (value: string) => setChildDetail(name, value),
    error: errorOf(name),
    label: t(`details.${name}.label`),
    hint: t(`details.${name}.hint`),
    spellCheck: false,
    "aria-required": true,
  });

  return (
    <StepPage
      step={1}
      back={paths.services}
      title={t("details.title")}
      errorSummary={
        items.length > 0 && (
          <StepErrorSummary
            key={`${attempts}-${form.problemCount}`}
            detail={serverHere && form.problem?.detail ? textIn(form.problem.detail, locale) : null}
            items={items}
          />
        )
      }
    >
      <p className="mb-4 text-lg">{t("details.lead")}</p>
      <p className="mb-6 border-l-4 border-brand bg-white p-4">
        {fill(t("details.parent"), { name: parent.fullName, number: parent.bhxhNumber })}
      </p>
      <form noValidate onSubmit={onSubmit}>
        <TextField {...field("childBhxhNumber")} inputMode="numeric" autoComplete="off" />
        <p className="-mt-4 mb-6">
          <Link to={paths.lookUpNumber}>{t("details.childBhxhNumber.lookUp")}</Link>
        </p>
        <TextField {...field("childFullName")} autoComplete="off" autoCapitalize="words" />
        <Button type="submit" className="w-full">
          {tr("reg.continue")}
        </Button>
      </form>
    </StepPage>
  );
}
