import { useLocale, useSendOnce } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Me } from "../account/session";
import { paths } from "../paths";
import { AnswerList, OfficeAnswer, PhotoAnswers } from "../registration/answer-list";
import { en as registrationEn } from "../registration/i18n/en";
import { useRegistrationT } from "../registration/i18n/messages";
import { vi as registrationVi } from "../registration/i18n/vi";
import { useOffices } from "../registration/offices";
import { SendButton } from "../registration/send-button";
import { StepErrorSummary, type SummaryItem } from "../registration/step-error-summary";
import { StepPage } from "../registration/step-page";
import { textIn } from "../registration/submit-registration";
import { childDetailsToSend, firstIncompleteChildStep } from "./child-steps";
import {
  type ChildField,
  childPhotoFields,
  currentChildForm,
  markChildSent,
  setChildProblem,
  setCommitment,
  setReturnToCheck,
  useChildForm,
} from "./child-store";
import { useChildT } from "./i18n/messages";
import { ParentOnly } from "./parent-only";
import { sendChildRegistration } from "./send-child-registration";

/** The step where each field is answered, in the order of the journey; the commitment is on this page. */
const stepOfField: ReadonlyArray<readonly [ChildField, string | undefined]> = [
  ["childBhxhNumber", paths.childRegister],
  ["childFullName", paths.childRegister],
  ["childPortrait", paths.childRegisterPhotos],
  ["birthCertificate", paths.childRegisterPhotos],
  ["officeCode", paths.childRegisterOffice],
  ["commitment", undefined],
];

/** A "Thay đổi" link, or an error summary link, opens an earlier step whose "Tiếp tục" leads back here. */
const returnToCheck = () => setReturnToCheck(true);

/** Step 4: every answer with a way back to change it, the parent's declaration, then "Gửi". */
export function ChildCheckStep() {
  return <ParentOnly>{(parent) => <CheckForm parent={parent} />}</ParentOnly>;
}

function CheckForm({ parent }: { parent: Me }) {
  const t = useChildT();
  const tr = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const form = useChildForm();
  const { state: offices } = useOffices();
  const { sending, sendOnce } = useSendOnce();
  const [unticked, setUnticked] = useState(0);
  const accepted = useRef(false);

  // Arriving here ends a change: "Tiếp tục" on the steps leads forward again.
  useEffect(() => setReturnToCheck(false), []);

  if (accepted.current) return <Navigate to={paths.childRegisterSent} replace />;
  const incomplete = firstIncompleteChildStep(form, parent.bhxhNumber);
  if (incomplete) return <Navigate to={incomplete} replace />;

  const details = childDetailsToSend(form);
  const office =
    offices.kind === "loaded" ? offices.offices.find((o) => o.code === form.officeCode) : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!currentChildForm().commitment) {
      setUnticked((count) => count + 1);
      return;
    }
    await sendOnce(async () => {
      const reply = await sendChildRegistration(currentChildForm(), locale);
      if (reply.kind === "accepted") {
        accepted.current = true;
        markChildSent({
          dossierNumber: reply.dossierNumber,
          officeName: reply.officeName || (office?.name ?? ""),
        });
      } else if (reply.kind === "signedOut") {
        await navigate({ to: paths.login });
      } else if (reply.kind === "unavailable") {
        setChildProblem({
          detail: { vi: registrationVi["check.unavailable"], en: registrationEn["check.unavailable"] },
          fields: {},
        });
      } else {
        setChildProblem(reply.problem);
        // A field's problem is shown on the step where it is answered; the first such step opens.
        const step = stepOfField.find(([field]) => reply.problem.fields[field])?.[1];
        if (step) {
          setReturnToCheck(true);
          await navigate({ to: step });
        }
      }
    });
  }

  const commitmentError =
    unticked > 0 && !form.commitment
      ? t("check.commitment.required")
      : form.problem?.fields.commitment && textIn(form.problem.fields.commitment, locale);
  const items: SummaryItem[] = stepOfField.flatMap(([field, step]) => {
    const text = field === "commitment" ? commitmentError : form.problem?.fields[field];
    if (!text) return [];
    return [{ fieldId: field, message: typeof text === "string" ? text : textIn(text, locale), step }];
  });
  const detail = form.problem?.detail ? textIn(form.problem.detail, locale) : null;

  return (
    <StepPage
      step={4}
      back={paths.childRegisterOffice}
      title={tr("check.title")}
      errorSummary={
        (detail || items.length > 0) && (
          <StepErrorSummary
            key={`${unticked}-${form.problemCount}`}
            detail={detail}
            items={items}
            onFollowStep={returnToCheck}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{tr("check.lead")}</p>

      <AnswerList
        heading={t("check.parentHeading")}
        answers={[{ label: t("check.field.parent"), answer: `${parent.fullName} — ${parent.bhxhNumber}` }]}
      />

      <AnswerList
        heading={t("check.childHeading")}
        change={{ step: paths.childRegister, onFollow: returnToCheck }}
        answers={[
          { label: t("check.field.childBhxhNumber"), answer: details.childBhxhNumber },
          { label: t("check.field.childFullName"), answer: details.childFullName },
        ]}
      />

      <PhotoAnswers
        heading={t("check.photosHeading")}
        label={t("check.field.photos")}
        shape="upright"
        photos={childPhotoFields.map((field) => ({
          url: form.photos[field]?.url,
          alt: t(`photos.${field}.alt`),
        }))}
        change={{ step: paths.childRegisterPhotos, onFollow: returnToCheck }}
      />

      <OfficeAnswer
        office={office}
        officeCode={form.officeCode}
        change={{ step: paths.childRegisterOffice, onFollow: returnToCheck }}
      />

      <h2 className="text-xl font-bold">{tr("check.sendHeading")}</h2>
      <p className="mt-2 mb-6 text-lg">{t("check.sms")}</p>
      <form noValidate onSubmit={onSubmit}>
        <fieldset
          className={`mb-6 ${commitmentError ? "border-l-4 border-error pl-3" : ""}`}
          aria-describedby={commitmentError ? "commitment-error" : undefined}
        >
          <legend className="text-lg font-bold">{t("check.commitment.legend")}</legend>
          {commitmentError && (
            <p id="commitment-error" className="mt-1 font-bold text-error">
              {commitmentError}
            </p>
          )}
          <label className="mt-2 flex min-h-touch cursor-pointer items-start gap-3 bg-white p-3">
            <input
              type="checkbox"
              id="commitment"
              name="commitment"
              checked={form.commitment}
              onChange={(event) => setCommitment(event.target.checked)}
              aria-invalid={commitmentError ? true : undefined}
              aria-required="true"
              className="mt-0.5 size-6 shrink-0 accent-brand"
            />
            <span className="text-lg">{t("check.commitment.label")}</span>
          </label>
        </fieldset>
        <SendButton sending={sending} />
      </form>
    </StepPage>
  );
}
