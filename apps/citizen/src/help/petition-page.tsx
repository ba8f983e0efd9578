import { useLocale } from "@ansinh/ui";
import { Link, useParams, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { paths, serviceSearchKeys } from "../paths";
import { SummaryList } from "../records/record-frame";
import { ApiState } from "../services/api-state";
import { formatMoment } from "../services/service-frame";
import { useApiData } from "../services/use-api-data";
import { helpApi, type PetitionView, readPetition } from "./help-api";
import { HelpFrame } from "./help-frame";
import { fill, useHelpT } from "./i18n/messages";
import { categoryName } from "./petition-category";
import { PetitionStatusTag } from "./petition-status";

/**
 * "/tro-giup/phan-anh/$petitionId": the petition's number, where it stands, what was written and the
 * office's answer once there is one. `?da-gui=1` right after sending shows the confirmation on top.
 */
export function PetitionPage() {
  const t = useHelpT();
  const params: Record<string, string | undefined> = useParams({ strict: false });
  const search: Record<string, unknown> = useSearch({ strict: false });
  const petition = useApiData(helpApi.petition(params.petitionId ?? ""), readPetition);
  const justSent = String(search[serviceSearchKeys.sent]) === "1";
  const shown = petition.state.kind === "ready" ? petition.state.data : null;

  return (
    <HelpFrame
      title={shown ? fill(t("petition.title"), { number: shown.number }) : t("petitions.title")}
      back={{ to: paths.petitions, label: t("petitions.title") }}
    >
      <ApiState
        data={petition.state}
        pending={petition.pending}
        reload={petition.reload}
        notFound={t("petitions.notFound")}
        signedOut={t("hp.signedOut")}
      >
        {(data) => <PetitionDetails petition={data} justSent={justSent} />}
      </ApiState>
    </HelpFrame>
  );
}

function PetitionDetails({ petition, justSent }: { petition: PetitionView; justSent: boolean }) {
  const t = useHelpT();
  const { locale } = useLocale();
  // The confirmation appears once the petition is read, after the page's heading took the focus:
  // moving the focus to it is what makes a screen reader say the petition went, and its number.
  const sent = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justSent) sent.current?.focus();
  }, [justSent]);
  return (
    <>
      {justSent && (
        <div ref={sent} tabIndex={-1} className="mb-6 rounded-md bg-success p-6 text-center text-white">
          <p className="text-2xl font-bold">{t("petition.sent")}</p>
          <p className="mt-3 text-lg">{t("petition.sentNumber")}</p>
          <p className="text-2xl font-bold break-all">{petition.number}</p>
          <p className="mt-3 text-lg">{t("petition.sentNext")}</p>
        </div>
      )}
      <SummaryList
        className="mb-6"
        rows={[
          { label: t("petition.number"), value: petition.number },
          { label: t("petition.category"), value: categoryName(petition.category, locale) },
          { label: t("petition.status"), value: <PetitionStatusTag status={petition.status} /> },
          petition.createdAt !== "" && {
            label: t("petition.createdAt"),
            value: formatMoment(petition.createdAt),
          },
          petition.officeName !== null && {
            label: t("petition.office"),
            value: <span lang="vi">{petition.officeName}</span>,
          },
        ]}
      />

      <section aria-labelledby="petition-content" className="mb-6">
        <h2 id="petition-content" className="text-xl font-bold">
          {t("petition.content")}
        </h2>
        <p className="mt-2 rounded-md bg-white p-4 text-lg break-words whitespace-pre-line">
          {petition.content}
        </p>
        {petition.photoUrl && (
          <figure className="mt-4">
            <figcaption className="font-bold">{t("petition.photo")}</figcaption>
            <img
              src={petition.photoUrl}
              alt={t("petition.photoAlt")}
              className="mt-2 max-h-80 w-full rounded-md border-2 border-line bg-white object-contain"
            />
          </figure>
        )}
      </section>

      <section
        aria-labelledby="petition-reply"
        className="mb-6 rounded-md border-l-4 border-brand bg-white p-4"
      >
        <h2 id="petition-reply" className="text-xl font-bold">
          {t("petition.reply")}
        </h2>
        {petition.reply ? (
          <>
            {petition.repliedAt && (
              <p className="text-muted">
                {fill(t("petition.repliedAt"), { time: formatMoment(petition.repliedAt) })}
              </p>
            )}
            <p className="mt-2 text-lg break-words whitespace-pre-line" lang="vi">
              {petition.reply}
            </p>
          </>
        ) : (
          <p className="mt-2 text-lg">{t("petition.waiting")}</p>
        )}
      </section>

      <Link to={paths.petitions} className="inline-flex min-h-touch items-center text-lg">
        {t("petition.all")}
      </Link>
    </>
  );
}
