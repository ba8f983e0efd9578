import { Button, PhotoField, type PhotoProblem, preparePhoto, useLocale } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import type { Me } from "../account/session";
import { paths } from "../paths";
import { useRegistrationT } from "../registration/i18n/messages";
import { StepErrorSummary } from "../registration/step-error-summary";
import { StepPage } from "../registration/step-page";
import { textIn } from "../registration/submit-registration";
import { childDetailErrors, childStepAfter } from "./child-steps";
import {
  type ChildPhotoField,
  childPhotoFields,
  currentChildForm,
  setChildPhoto,
  useChildForm,
} from "./child-store";
import { useChildT } from "./i18n/messages";
import { ParentOnly } from "./parent-only";

/** Step 2: a portrait of the child and the birth certificate, from the camera or from a file. */
export function ChildPhotosStep() {
  return <ParentOnly>{(parent) => <PhotosForm parent={parent} />}</ParentOnly>;
}

function PhotosForm({ parent }: { parent: Me }) {
  const t = useChildT();
  const tr = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const form = useChildForm();
  const [problems, setProblems] = useState<Partial<Record<ChildPhotoField, "required" | PhotoProblem>>>({});
  const [busy, setBusy] = useState<ChildPhotoField | null>(null);
  const [attempts, setAttempts] = useState(0);

  if (Object.keys(childDetailErrors(form, parent.bhxhNumber)).length > 0) {
    return <Navigate to={paths.childRegister} replace />;
  }

  const errorOf = (field: ChildPhotoField) => {
    const problem = problems[field];
    const server = form.problem?.fields[field];
    if (problem === "required") return t(`photos.${field}.required`);
    if (problem) return `${t(`photos.${field}.label`)}: ${tr(`photos.problem.${problem}`)}`;
    return server && textIn(server, locale);
  };
  const items = childPhotoFields.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ fieldId: field, message }] : [];
  });
  const serverHere = childPhotoFields.some((field) => form.problem?.fields[field]);

  async function onFile(field: ChildPhotoField, file: File): Promise<void> {
    setBusy(field);
    const prepared = await preparePhoto(file);
    setBusy(null);
    if (prepared.ok) setChildPhoto(field, prepared.blob);
    setProblems(({ [field]: _old, ...rest }) =>
      prepared.ok ? rest : { ...rest, [field]: prepared.problem },
    );
    // A photo that could not be taken is said at once, in the summary that takes focus.
    if (!prepared.ok) setAttempts((count) => count + 1);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) return;
    const missing = childPhotoFields.filter((field) => !currentChildForm().photos[field]);
    if (missing.length === 0) {
      void navigate({ to: childStepAfter(currentChildForm(), parent.bhxhNumber, paths.childRegisterOffice) });
      return;
    }
    setProblems((current) => ({
      ...current,
      ...Object.fromEntries(missing.map((field) => [field, "required"])),
    }));
    setAttempts((count) => count + 1);
  }

  return (
    <StepPage
      step={2}
      back={paths.childRegister}
      title={t("photos.title")}
      errorSummary={
        items.length > 0 &&
        (attempts > 0 || serverHere) && (
          <StepErrorSummary
            key={`${attempts}-${form.problemCount}`}
            detail={serverHere && form.problem?.detail ? textIn(form.problem.detail, locale) : null}
            items={items}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{t("photos.lead")}</p>
      <form noValidate onSubmit={onSubmit}>
        {childPhotoFields.map((field) => (
          <PhotoField
            key={field}
            id={field}
            label={t(`photos.${field}.label`)}
            error={errorOf(field)}
            previewUrl={form.photos[field]?.url ?? null}
            previewAlt={t(`photos.${field}.alt`)}
            chooseLabel={t(`photos.${field}.choose`)}
            retakeLabel={t(`photos.${field}.retake`)}
            busyLabel={tr("photos.busy")}
            busy={busy === field}
            onFile={(file) => void onFile(field, file)}
          />
        ))}
        <Button type="submit" className="w-full">
          {tr("reg.continue")}
        </Button>
      </form>
    </StepPage>
  );
}
