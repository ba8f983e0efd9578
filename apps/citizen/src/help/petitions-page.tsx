import { buttonClassName, useLocale } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { paths } from "../paths";
import { ApiState } from "../services/api-state";
import { formatMoment } from "../services/service-frame";
import { useApiData } from "../services/use-api-data";
import { helpApi, readPetitionList } from "./help-api";
import { HelpFrame } from "./help-frame";
import { fill, useHelpT } from "./i18n/messages";
import { categoryName } from "./petition-category";
import { PetitionStatusTag } from "./petition-status";

/** "/tro-giup/phan-anh": the way to a new petition, and the person's petitions, newest first. */
export function PetitionsPage() {
  const t = useHelpT();
  const { locale } = useLocale();
  const list = useApiData(helpApi.petitions, readPetitionList);
  return (
    <HelpFrame title={t("petitions.title")} lead={t("petitions.lead")}>
      <ApiState data={list.state} pending={list.pending} reload={list.reload} signedOut={t("hp.signedOut")}>
        {(items) => (
          <>
            <Link to={paths.petitionNew} className={`${buttonClassName()} w-full`}>
              {t("petitions.new")}
            </Link>
            <h2 className="mt-8 text-xl font-bold">{t("petitions.mine")}</h2>
            {items.length === 0 ? (
              <p className="mt-2 text-lg">{t("petitions.empty")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-line/40 border-y border-line/40 bg-white">
                {items.map((item) => (
                  <li key={item.id} className="p-4">
                    <Link
                      to={paths.petition}
                      params={{ petitionId: item.id }}
                      className="inline-flex min-h-touch items-center text-lg font-bold"
                    >
                      {item.number}
                      <span className="sr-only">: {categoryName(item.category, locale)}</span>
                    </Link>
                    <p className="text-lg">{categoryName(item.category, locale)}</p>
                    <p className="mt-1">
                      <PetitionStatusTag status={item.status} />
                    </p>
                    {item.createdAt && (
                      <p className="mt-1 text-muted">
                        {fill(t("petitions.sentOn"), { time: formatMoment(item.createdAt) })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ApiState>
    </HelpFrame>
  );
}
