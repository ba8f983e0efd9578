import { Button, PhotoField, type PhotoProblem, preparePhoto, useLocale } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { paths } from "../paths";
import { useRegistrationT } from "./i18n/messages";
import {
  currentRegistration,
  detailsComplete,
  type PhotoSide,
  photoSides,
  setPhoto,
  stepAfter,
  useRegistration,
} from "./registration-store";
import { StepErrorSummary } from "./step-error-summary";
import { StepPage } from "./step-page";
import { textIn } from "./submit-registration";

type PhotoError = "required" | PhotoProblem;

/** Step 2, "Ảnh CCCD": both sides of the ID card, from the camera or from a file. */
export function PhotosStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const [errors, setErrors] = useState<Partial<Record<PhotoSide, PhotoError>>>({});
  const [busy, setBusy] = useState<Partial<Record<PhotoSide, boolean>>>({});
  const [attempts, setAttempts] = useState(0);

  if (!detailsComplete(registration)) return <Navigate to={paths.register} replace />;

  const serverFields = registration.problem?.fields ?? {};
  function errorOf(side: PhotoSide): string | undefined {
    const error = errors[side];
    if (error === "required") return t(`photos.${side}.required`);
    if (error) return `${t(`photos.${side}.label`)}: ${t(`photos.problem.${error}`)}`;
    const server = serverFields[side];
    return server ? textIn(server, locale) : undefined;
  }
  const items = photoSides.flatMap((side) => {
    const message = errorOf(side);
    return message ? [{ fieldId: side, message }] : [];
  });
  const serverHere = photoSides.some((side) => serverFields[side]);
  const detail =
    serverHere && registration.problem?.detail ? textIn(registration.problem.detail, locale) : null;

  async function onFile(side: PhotoSide, file: File): Promise<void> {
    setBusy((current) => ({ ...current, [side]: true }));
    const prepared = await preparePhoto(file);
    setBusy((current) => ({ ...current, [side]: false }));
    if (prepared.ok) {
      setPhoto(side, prepared.blob);
      setErrors(({ [side]: _fixed, ...rest }) => rest);
    } else {
      setErrors((current) => ({ ...current, [side]: prepared.problem }));
      // The summary takes focus, so a screen reader hears at once why the photo was not taken.
      setAttempts((count) => count + 1);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (photoSides.some((side) => busy[side])) return;
    const missing = photoSides.filter((side) => !registration.photos[side]);
    if (missing.length > 0) {
      setErrors((current) => ({
        ...current,
        ...Object.fromEntries(missing.map((side) => [side, "required"])),
      }));
      setAttempts((count) => count + 1);
      return;
    }
    void navigate({ to: stepAfter(currentRegistration(), paths.registerOffice) });
  }

  const showSummary = items.length > 0 && (attempts > 0 || serverHere);
  return (
    <StepPage
      step={2}
      back={paths.register}
      title={t("photos.title")}
      errorSummary={
        showSummary && (
          <StepErrorSummary key={`${attempts}-${registration.problemCount}`} detail={detail} items={items} />
        )
      }
    >
      <p className="mb-6 text-lg">{t("photos.lead")}</p>
      <form noValidate onSubmit={onSubmit}>
        {photoSides.map((side) => (
          <PhotoField
            key={side}
            id={side}
            label={t(`photos.${side}.label`)}
            error={errorOf(side)}
            previewUrl={registration.photos[side]?.url ?? null}
            previewAlt={t(`photos.${side}.alt`)}
            chooseLabel={t(`photos.${side}.choose`)}
            retakeLabel={t(`photos.${side}.retake`)}
            busyLabel={t("photos.busy")}
            busy={busy[side] ?? false}
            onFile={(file) => void onFile(side, file)}
          />
        ))}
        <Button type="submit" className="w-full">
          {t("reg.continue")}
        </Button>
      </form>
    </StepPage>
  );
}
