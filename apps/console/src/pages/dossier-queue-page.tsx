import { useLocale } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import {
  type ApiResult,
  type DossierQueueItem,
  type DossierStatus,
  dossierStatuses,
} from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import { waitingInWords } from "../dossiers/waiting-time";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { dossierStatusSlugs, paths } from "../paths";

const tabClassName =
  "inline-flex min-h-touch items-center border-b-4 border-transparent px-4 text-lg font-bold no-underline aria-[current=page]:border-brand aria-[current=page]:text-ink";

/**
 * The office's account dossiers in one status: pending ones oldest first, with how long each has waited,
 * so the reviewer works them in order. The server only ever lists the reviewer's own office.
 */
export function DossierQueuePage({
  status,
  result,
}: {
  status: DossierStatus;
  result: ApiResult<DossierQueueItem[]>;
}) {
  const t = useT();

  return (
    <Page title={t("dossiers.title")} lead={t("dossiers.lead")}>
      <nav aria-label={t("dossiers.filter")} className="mb-6 border-b-2 border-line">
        <ul className="flex flex-wrap gap-2">
          {dossierStatuses.map((tab) => (
            <li key={tab}>
              <Link
                to={paths.dossiers}
                search={tab === "pending" ? {} : { "trang-thai": dossierStatusSlugs[tab] }}
                activeOptions={{ exact: true }}
                className={tabClassName}
              >
                {t(`status.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {result.ok ? (
        <DossierTable status={status} items={result.data} />
      ) : (
        <ApiFailureNotice failure={result} lead={t("dossiers.failed.title")} />
      )}
    </Page>
  );
}

function DossierTable({ status, items }: { status: DossierStatus; items: DossierQueueItem[] }) {
  const t = useT();
  const { locale } = useLocale();

  if (items.length === 0) return <p className="text-lg">{t(`dossiers.empty.${status}`)}</p>;
  const pending = status === "pending";
  return (
    <DataTable
      caption={
        <caption className="mb-2 text-left text-xl font-bold">
          {t(`dossiers.caption.${status}`)} ({items.length} {t("dossiers.count")})
        </caption>
      }
      headings={[
        t("dossiers.column.number"),
        t("dossiers.column.name"),
        t("dossiers.column.kind"),
        t("dossiers.column.submittedAt"),
        pending ? t("dossiers.column.waiting") : t("dossiers.column.decidedAt"),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id} className="border-b border-line">
          <th scope="row" className="px-3 py-2 font-normal">
            <Link
              to={paths.dossier}
              params={{ dossierId: item.id }}
              className="inline-flex min-h-touch items-center font-bold"
            >
              {item.number}
            </Link>
          </th>
          <td className="px-3 py-2" lang="vi">
            {item.fullName}
          </td>
          <td className="px-3 py-2">
            {t(`kind.${item.kind}`)}
            {item.filedBy && (
              <span className="block text-muted">
                {t("dossiers.filedBy")} <span lang="vi">{item.filedBy.fullName}</span>
              </span>
            )}
          </td>
          <td className="px-3 py-2">{formatDateTime(item.submittedAt, locale)}</td>
          <td className="px-3 py-2">
            {pending
              ? `${t("dossiers.waiting")} ${waitingInWords(item.waitingMinutes, locale)}`
              : formatDateTime(item.decidedAt, locale)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
