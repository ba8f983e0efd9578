import { petitionCategories } from "@ansinh/domain";
import {
  Button,
  ErrorSummary,
  PhotoField,
  preparePhoto,
  SelectField,
  TextAreaField,
  useLocale,
  useSendOnce,
} from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { fieldText } from "../account/api-reply";
import { paths, serviceSearchKeys } from "../paths";
import { newKey } from "../services/form-store";
import { type Said, textOf } from "../services/refusal";
import { readPetition, sendPetition } from "./help-api";
import { HelpFrame } from "./help-frame";
import { fill, useHelpT } from "./i18n/messages";
import { helpText, refusalNotice } from "./said";
import { checkPetition, type PetitionField, petitionFieldIds, petitionLength } from "./validate-petition";

/** The server's names of the form's fields, as its per-field problems say them. */
const serverFields: Record<PetitionField, string> = {
  category: "body.category",
  content: "body.content",
  photo: "body.photo",
};

/**
 * "/tro-giup/phan-anh/gui": what the petition is about, what happened, and a photo if it helps. The
 * form's key is made once: a double tap or a retry after a lost answer files one petition.
 */
export function PetitionFormPage() {
  const t = useHelpT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const submissionKey = useRef(newKey());
  const { sending, sendOnce } = useSendOnce();
  const [category, setCategory] = useState("");
  const [content, setContent] = useState("");
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<PetitionField, Said>>>({});
  const [detail, setDetail] = useState<Said | null>(null);
  const [attempts, setAttempts] = useState(0);

  // The preview's object URL lives exactly as long as the chosen photo.
  useEffect(() => {
    if (!photo) return;
    const url = URL.createObjectURL(photo);
    setPreviewUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  async function choosePhoto(file: File): Promise<void> {
    setPreparing(true);
    const prepared = await preparePhoto(file);
    setPreparing(false);
    if (prepared.ok) {
      setPhoto(prepared.blob);
      setErrors(({ photo: _, ...rest }) => rest);
    } else setErrors((current) => ({ ...current, photo: helpText(`photo.${prepared.problem}`) }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const problems = checkPetition({ category, content });
    if (Object.keys(problems).length > 0) {
      setErrors(
        Object.fromEntries(
          Object.entries(problems).map(([field, key]) => [field, helpText(key, petitionLength)]),
        ),
      );
      setDetail(null);
      setAttempts((n) => n + 1);
      return;
    }
    await sendOnce(async () => {
      const reply = await sendPetition(
        { submissionKey: submissionKey.current, category, content: content.trim(), photo },
        locale,
      );
      const petition = reply.kind === "answer" && reply.ok ? readPetition(reply.body) : null;
      if (petition) {
        void navigate({
          to: paths.petition,
          params: { petitionId: petition.id },
          search: { [serviceSearchKeys.sent]: "1" },
        });
        return;
      }
      const fieldProblems: Partial<Record<PetitionField, Said>> = {};
      for (const field of Object.keys(serverFields) as PetitionField[]) {
        const said = fieldText(reply, serverFields[field], locale);
        if (said) fieldProblems[field] = said;
      }
      setErrors(fieldProblems);
      setDetail(refusalNotice(reply, "petitionForm.unavailable", Object.values(serverFields)));
      setAttempts((n) => n + 1);
    });
  }

  const summary = (Object.keys(petitionFieldIds) as PetitionField[]).flatMap((field) => {
    const said = errors[field];
    return said ? [{ fieldId: petitionFieldIds[field], message: textOf(said, locale) }] : [];
  });
  const errorOf = (field: PetitionField) => {
    const said = errors[field];
    return said ? textOf(said, locale) : undefined;
  };
  const length = content.trim().length;

  return (
    <HelpFrame
      title={t("petitionForm.title")}
      lead={t("petitionForm.lead")}
      back={{ to: paths.petitions, label: t("petitions.title") }}
      errorSummary={
        attempts > 0 && (summary.length > 0 || detail) ? (
          <ErrorSummary key={attempts} errors={summary} detail={detail ? textOf(detail, locale) : null} />
        ) : undefined
      }
    >
      <form noValidate onSubmit={onSubmit}>
        <SelectField
          id={petitionFieldIds.category}
          name="category"
          label={t("petitionForm.category")}
          error={errorOf("category")}
          value={category}
          onValueChange={(value) => {
            setCategory(value);
            setErrors(({ category: _, ...rest }) => rest);
          }}
          aria-required
        >
          <option value="">{t("petitionForm.categoryChoose")}</option>
          {petitionCategories.map((option) => (
            <option key={option.code} value={option.code}>
              {option[locale]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={petitionFieldIds.content}
          name="content"
          rows={8}
          label={t("petitionForm.content")}
          hint={`${fill(t("petitionForm.contentHint"), petitionLength)} ${fill(t("petitionForm.count"), { ...petitionLength, n: length })}`}
          error={errorOf("content")}
          value={content}
          onValueChange={(value) => {
            setContent(value);
            setErrors(({ content: _, ...rest }) => rest);
          }}
          aria-required
        />
        <PhotoField
          id={petitionFieldIds.photo}
          label={t("petitionForm.photo")}
          hint={t("petitionForm.photoHint")}
          error={errorOf("photo")}
          previewUrl={photo ? previewUrl : null}
          previewAlt={t("petitionForm.photoAlt")}
          chooseLabel={t("petitionForm.photoChoose")}
          retakeLabel={t("petitionForm.photoRetake")}
          busyLabel={t("petitionForm.photoBusy")}
          busy={preparing}
          camera={false}
          onFile={(file) => void choosePhoto(file)}
        />
        <Button type="submit" className="w-full" disabled={sending || preparing}>
          {sending ? t("petitionForm.submitting") : t("petitionForm.submit")}
        </Button>
      </form>
    </HelpFrame>
  );
}
